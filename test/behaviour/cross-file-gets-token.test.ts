// Every cross-file fixture that says how to call it (__testfixtures__/cross-file/<case>/calls.json): its legacy
// modules get their tokens from the fake VM extension; the real CLI migrates the files together into exactly
// output/ (a case without output/ is reported: `--check` exits 1); the migrated modules then get their tokens
// from the strict fake IMDS. Modules are loaded the way their project would run them: TypeScript through vitest's
// import, CommonJS .js through Node's require.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionHandlers,
  FAKE_EXTENSION_ACCESS_TOKEN as EXTENSION_ACCESS_TOKEN,
  FAKE_IMDS_ACCESS_TOKEN as IMDS_ACCESS_TOKEN,
  imdsHandlers,
} from '../../src/testing';
import { mayContainPattern } from '../../src/fileKinds';
import { fakeVmFor, type IdentitySelector } from './expectedCall';
import { createInterceptingServer } from './interceptNetwork';

const repo = path.resolve(__dirname, '../..');
const fixtures = path.join(repo, '__testfixtures__/cross-file');
const bin = path.join(repo, 'dist/src/cli/bin.js');
// Outside the repository (whose .gitignore would hide it from the CLI), with the repo's node_modules.
const workRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-cross-file-'));
const network = createInterceptingServer();

/** One token request a case's module makes: which export to call, with what, and what it must ask for. */
interface CrossFileCall {
  module: string;
  call: string;
  args: unknown[];
  resource: string;
  identity?: IdentitySelector;
}

/** Cases whose CLI run is known to be wrong today, and how (the tests that show it are expected failures). */
const KNOWN_GAPS: Record<string, string> = {};

const caseNames = fs
  .readdirSync(fixtures)
  .filter((name) => fs.existsSync(path.join(fixtures, name, 'calls.json')))
  .sort();

/** A copy of the case's input files in its own directory, beside a link to the repo's node_modules. */
function copyInput(caseName: string, label: string): string {
  const dir = path.join(workRoot, `${caseName}-${label}`);
  fs.mkdirSync(dir);
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  for (const file of fs.readdirSync(path.join(fixtures, caseName, 'input')))
    fs.copyFileSync(path.join(fixtures, caseName, 'input', file), path.join(dir, file));
  return dir;
}

async function loadModule(file: string): Promise<Record<string, (...args: unknown[]) => Promise<string>>> {
  if (file.endsWith('.js') || file.endsWith('.cjs')) return createRequire(__filename)(file);
  return import(file);
}

function runCli(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
}

beforeAll(() => network.start());
afterEach(() => network.server.resetHandlers());
afterAll(() => {
  network.stop();
  fs.rmSync(workRoot, { recursive: true, force: true });
});

describe.each(caseNames)('%s', (caseName) => {
  const calls = JSON.parse(fs.readFileSync(path.join(fixtures, caseName, 'calls.json'), 'utf8')) as CrossFileCall[];
  const outputDir = path.join(fixtures, caseName, 'output');
  const expectedOutput = fs.existsSync(outputDir) ? fs.readdirSync(outputDir) : undefined;
  const gap = KNOWN_GAPS[caseName];
  const itUnlessGap = gap ? it.fails : it;

  it('legacy code gets its tokens from the fake VM extension', async () => {
    const dir = copyInput(caseName, 'legacy');
    for (const call of calls) {
      const extension = extensionHandlers({ ...fakeVmFor(call), ports: [], metadataHeader: 'required' });
      network.server.resetHandlers(...extension);
      const module = await loadModule(path.join(dir, call.module));
      expect(await module[call.call](...call.args)).toBe(EXTENSION_ACCESS_TOKEN);
      expect(extension.requests.map((request) => request.status)).toEqual([200]);
    }
  });

  if (!expectedOutput) {
    itUnlessGap(`is reported, not rewritten: --check exits 1${gap ? ` (known gap: ${gap})` : ''}`, () => {
      const dir = copyInput(caseName, 'check');
      const run = runCli(dir, ['--check', '.']);
      expect(run.status, run.stdout + run.stderr).toBe(1);
      // And a plain run rewrites none of its files (a wrong rewrite also makes --check exit 1).
      const fixed = copyInput(caseName, 'fix');
      runCli(fixed, ['.']);
      for (const file of fs.readdirSync(path.join(fixtures, caseName, 'input')))
        expect({ file, text: fs.readFileSync(path.join(fixed, file), 'utf8') }).toEqual({
          file,
          text: fs.readFileSync(path.join(fixtures, caseName, 'input', file), 'utf8'),
        });
    });
    return;
  }

  it('each file the migration changes fails --check when it is named alone (a pre-commit run that touches only it)', () => {
    const dir = copyInput(caseName, 'alone');
    // A module that holds nothing of the extension by itself (only a host, `export const MSI_HOST = 'localhost'`)
    // cannot be judged alone: its importer's request is what fails, and it is never rewritten without it.
    for (const file of expectedOutput.filter((name) => mayContainPattern(fs.readFileSync(path.join(dir, name), 'utf8'), name))) {
      const run = runCli(dir, ['--check', file]);
      expect({ file, status: run.status }, run.stdout + run.stderr).toEqual({ file, status: 1 });
    }
  });

  it('the CLI migrates the files together, exactly as output/ says, and the migrated code gets its tokens from the strict fake IMDS', async () => {
    const dir = copyInput(caseName, 'migrated');
    const run = runCli(dir, ['--force', '.']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    for (const file of fs.readdirSync(path.join(fixtures, caseName, 'input'))) {
      const expected = expectedOutput.includes(file) ? path.join(outputDir, file) : path.join(fixtures, caseName, 'input', file);
      expect({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }).toEqual({ file, text: fs.readFileSync(expected, 'utf8') });
    }
    for (const call of calls) {
      const imds = imdsHandlers(fakeVmFor(call));
      network.server.resetHandlers(...imds);
      const module = await loadModule(path.join(dir, call.module));
      expect(await module[call.call](...call.args)).toBe(IMDS_ACCESS_TOKEN);
      expect(imds.requests.map((request) => request.status)).toEqual([200]);
    }
  });
});
