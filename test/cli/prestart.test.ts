// bin.js starts the analysis worker before it parses the command line (src/cli/startup/prestart.ts): only for
// runs that will likely want one, and a run that does not use it must still end at once.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, cleanEnv, makeTempDir, writeTree } from './helpers';

/** The built module: a worker can only be started from compiled JavaScript. */

const { prestartWorker } = require(path.join(path.dirname(BIN), 'startup/prestart.js')) as typeof import('../../src/cli/startup/prestart');

const roots: string[] = [];
const workers: Worker[] = [];
afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.terminate();
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function tree(): string {
  const root = makeTempDir('mi-codemod-prestart-');
  roots.push(root);
  writeTree(root, { 'src/a.ts': 'export const a = 1;\n', 'json/b.ts': 'export const b = 2;\n' });
  return root;
}
function started(argv: string[], env: Record<string, string> = {}, cwd = tree()): boolean {
  const worker = prestartWorker(argv, env, cwd);
  if (worker) workers.push(worker);
  return worker !== undefined;
}

describe('prestartWorker', () => {
  it('starts a worker for a run over the current directory or a directory', () => {
    expect(started([])).toBe(true);
    expect(started(['--check', 'src'])).toBe(true);
    expect(started(['--dry', '--', 'src'])).toBe(true);
    expect(started(['src/a.ts', 'src'])).toBe(true);
  });

  it('starts none for files only, help, version or MI_CODEMOD_WORKER=0, and skips option values', () => {
    expect(started(['src/a.ts'])).toBe(false);
    expect(started(['--check', '--format', 'json', 'src/a.ts'])).toBe(false); // `json` is a directory too, but the value of --format
    expect(started(['--help', 'src'])).toBe(false);
    expect(started(['-h'])).toBe(false);
    expect(started(['--version'])).toBe(false);
    expect(started(['src'], { MI_CODEMOD_WORKER: '0' })).toBe(false);
  });
});

describe('bin.js with a prestarted worker', () => {
  it.each([
    [['--no-such-option', '.'], 2],
    [['--help', '.'], 0],
    [['--check', '--max-warnings', 'x', '.'], 2],
    [['--check', 'missing-directory/'], 2],
  ])('ends at once for %j', (args, code) => {
    const root = tree();
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: root,
      env: cleanEnv({ CI: 'true' }),
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.signal).toBeNull(); // not killed by the timeout: nothing kept the process alive
    expect(result.status).toBe(code);
  });
});
