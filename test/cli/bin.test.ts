// Spawns the built CLI (dist/src/cli/bin.js, compiled by the global setup) against the real engine.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, initCommittedRepo, lastLine, LEGACY_FETCH, makeTempDir, MIGRATED_FETCH, runBin, writeTree } from './helpers';

const roots: string[] = [];
function project(files: Record<string, string>): string {
  const root = makeTempDir('mi-codemod-bin-');
  roots.push(root);
  writeTree(root, files);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('mi-codemod binary', () => {
  it('starts with a node shebang, prints its version and exits 2 on a usage error', () => {
    const root = project({});
    expect(fs.readFileSync(path.resolve(__dirname, '../../dist/src/cli/bin.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(runBin(root, ['--version'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    const usage = runBin(root, ['--format', 'xml']);
    expect(usage.code).toBe(2);
    expect(lastLine(usage.stderr)).toBe('exit 2: usage error');
  });

  it('stops quietly, with its own exit code, when the reader closes the pipe early (`--check . | head -1`)', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`src/t${i}.ts`] = LEGACY_FETCH;
    const root = project(files);
    // A reader that takes nothing: the pipe is closed before the report is written.
    const result = spawnSync('sh', ['-c', `node ${JSON.stringify(BIN)} --check --format json . | true; echo "status=\${PIPESTATUS:-}"`], {
      cwd: root,
      encoding: 'utf8',
    });
    const closed = spawnSync('bash', ['-c', `set -o pipefail; node ${JSON.stringify(BIN)} --check . | head -c 1 > /dev/null; echo "$?"`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(closed.stderr).not.toMatch(/EPIPE|Error|at .*\.js:\d+/);
    // 1: the findings the run found (never an internal error's 2).
    expect(closed.stdout.trim()).toBe('1');
  });

  it('exits 0 on a clean tree and reports every file argument it was given', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`src/m${String(i).padStart(3, '0')}.ts`] = `export const v${i} = ${i};\n`;
    const root = project(files);
    const result = runBin(root, ['--check', '--format', 'json', ...Object.keys(files)]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.filesScanned).toBe(150);
  });

  it('discovers through git ls-files: gitignored and default-ignored paths are not scanned', () => {
    const root = project({
      'src/a.ts': 'export {};\n',
      'gen/b.ts': LEGACY_FETCH,
      'node_modules/x/c.js': LEGACY_FETCH,
      '.gitignore': 'gen/\n',
    });
    initCommittedRepo(root);
    writeTree(root, { 'src/new.ts': 'export {};\n' });
    const result = runBin(root, ['--check', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).summary.filesScanned).toBe(2);
  });

  it('expands quoted globs in-process', () => {
    const root = project({ 'a/x.ts': 'export {};\n', 'b/y.ts': 'export {};\n', 'b/z.js': 'export {};\n' });
    const result = runBin(root, ['--check', '--format', 'json', 'b/*.ts', 'a/**/*.ts']);
    expect(JSON.parse(result.stdout).summary.filesScanned).toBe(2);
  });

  it('fixes in place keeping CRLF, BOM and file mode; exits 0', () => {
    const root = project({ 'app.ts': `\uFEFF// token\r\n${LEGACY_FETCH}\r\n` });
    fs.chmodSync(path.join(root, 'app.ts'), 0o755);
    const result = runBin(root, []);
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'app.ts'), 'utf8')).toBe(`\uFEFF// token\r\n${MIGRATED_FETCH}\r\n`);
    expect(fs.statSync(path.join(root, 'app.ts')).mode & 0o777).toBe(0o755);
    expect(result.stdout).toContain('1 file changed');
  });

  it('--dry prints a diff and writes nothing; --check exits 1 and writes nothing', () => {
    const root = project({ 'app.ts': `${LEGACY_FETCH}\n` });
    const dry = runBin(root, ['--dry']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`--- a/app.ts\n+++ b/app.ts\n@@ -1,1 +1,1 @@\n-${LEGACY_FETCH}\n+${MIGRATED_FETCH}\n`);
    const check = runBin(root, ['--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('legacy-endpoint');
    expect(lastLine(check.stdout)).toMatch(/^exit 1: /);
    expect(fs.readFileSync(path.join(root, 'app.ts'), 'utf8')).toBe(`${LEGACY_FETCH}\n`);
  });

  it('reports a file that does not parse with file:line:col, fixes the others, exits 2 last', () => {
    const root = project({ 'a.ts': `${LEGACY_FETCH}\n`, 'broken.ts': `${LEGACY_FETCH}\nconst x = (;\n`, 'z.ts': `${LEGACY_FETCH}\n` });
    const result = runBin(root, ['.']);
    expect(result.code).toBe(2);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(`${MIGRATED_FETCH}\n`);
    expect(fs.readFileSync(path.join(root, 'z.ts'), 'utf8')).toBe(`${MIGRATED_FETCH}\n`);
    expect(fs.readFileSync(path.join(root, 'broken.ts'), 'utf8')).toBe(`${LEGACY_FETCH}\nconst x = (;\n`);
    expect(lastLine(result.stdout)).toMatch(/^exit 2: 1 file could not be parsed .*\(broken\.ts:2:\d+\)$/);
  });

  it('refuses to fix a file with uncommitted changes in a git repo unless --force', () => {
    const root = project({ 'app.ts': 'export {};\n' });
    initCommittedRepo(root);
    fs.writeFileSync(path.join(root, 'app.ts'), `${LEGACY_FETCH}\n`);
    const refused = runBin(root, []);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('  app.ts\n');
    expect(fs.readFileSync(path.join(root, 'app.ts'), 'utf8')).toBe(`${LEGACY_FETCH}\n`);
    expect(runBin(root, ['--force']).code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'app.ts'), 'utf8')).toBe(`${MIGRATED_FETCH}\n`);
  });
});
