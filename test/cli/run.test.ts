// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run';
import { captureIO, git, initCommittedRepo, lastLine, makeTempDir, writeTree } from './helpers';

// The CLI's text scan (the engine-free registry the CLI reads files with) lets every file through, and
// every kind's analyser is the stand-in engine.
vi.mock('../../src/fileKinds', async (importOriginal) => {
  const { fakeAnalyseFile } = await import('./fakeEngine.js');
  return {
    ...(await importOriginal<typeof import('../../src/fileKinds')>()),
    mayContainPattern: () => true,
    mayContainPatternBytes: () => true,
    loadAnalyser: async () => fakeAnalyseFile,
  };
});

const LEGACY = "fetch('http://localhost:50342/oauth2/token?resource=https://management.azure.com/');\n";
const MIGRATED =
  "fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/');\n";

const roots: string[] = [];
function project(files: Record<string, string | Buffer>): string {
  const root = makeTempDir();
  roots.push(root);
  writeTree(root, files);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('run() in fix mode', () => {
  it('rewrites fixable files in place, exits 0 and prints the summary on stdout', async () => {
    const root = project({ 'src/a.ts': LEGACY, 'src/clean.ts': 'export const x = 1;\n' });
    const io = captureIO(root);
    expect(await run(['.'], io)).toBe(0);
    expect(fs.readFileSync(path.join(root, 'src/a.ts'), 'utf8')).toBe(MIGRATED);
    expect(io.out()).toContain('2 files scanned, 1 file changed, 1 finding fixed, 0 left for manual review');
    expect(io.err()).toBe('');
  });

  it('exits 1 and lists file:line:col and why for findings left for manual review', async () => {
    const root = project({ 'a.ts': `${LEGACY}// x\nconst y = MANUAL_REVIEW;\n` });
    const io = captureIO(root);
    expect(await run([], io)).toBe(1);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toContain('169.254.169.254');
    expect(io.out()).toMatch(/a\.ts:3:11\s+manual-review\s+manual_review: change this by hand/);
    expect(lastLine(io.out())).toBe('exit 1: 1 error left for manual review');
  });

  it('passes --api-version to the engine', async () => {
    const root = project({ 'a.ts': LEGACY });
    expect(await run(['--api-version', '2019-08-15'], captureIO(root))).toBe(0);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toContain('api-version=2019-08-15&');
  });

  it('reports a file that does not parse, still fixes the others, and exits 2 at the end', async () => {
    const root = project({ 'a.ts': LEGACY, 'b.ts': 'const x = 1;\nlet y = SYNTAX(;\n', 'c.ts': LEGACY });
    const io = captureIO(root);
    expect(await run(['.'], io)).toBe(2);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(MIGRATED);
    expect(fs.readFileSync(path.join(root, 'c.ts'), 'utf8')).toBe(MIGRATED);
    expect(fs.readFileSync(path.join(root, 'b.ts'), 'utf8')).toBe('const x = 1;\nlet y = SYNTAX(;\n');
    expect(io.out()).toContain('b.ts:2:9');
    expect(lastLine(io.out())).toBe('exit 2: 1 file could not be parsed and was left unchanged (b.ts:2:9)');
  });

  it('refuses to write over unstaged changes in a git work tree, naming the files; --force writes', async () => {
    const root = project({ 'a.ts': 'const x = 1;\n', 'b.ts': LEGACY });
    initCommittedRepo(root);
    fs.writeFileSync(path.join(root, 'a.ts'), LEGACY);
    const io = captureIO(root);
    expect(await run(['.'], io)).toBe(2);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(LEGACY);
    expect(fs.readFileSync(path.join(root, 'b.ts'), 'utf8')).toBe(LEGACY);
    expect(io.err()).toContain('refusing to write a file that has uncommitted changes (nothing was written):\n  a.ts\n');
    expect(io.err()).toContain('--force');
    expect(lastLine(io.err())).toMatch(/^exit 2: 1 file has uncommitted changes/);

    expect(await run(['--force', '.'], captureIO(root))).toBe(0);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(MIGRATED);
  });

  it('treats staged changes as safe to write over (the index keeps them)', async () => {
    const root = project({ 'a.ts': 'const x = 1;\n' });
    initCommittedRepo(root);
    fs.writeFileSync(path.join(root, 'a.ts'), LEGACY);
    git(root, 'add', 'a.ts');
    expect(await run(['a.ts'], captureIO(root))).toBe(0);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(MIGRATED);
    expect(git(root, 'diff', '--name-only')).toBe('a.ts\n');
  });

  it('refuses to write over an untracked file in a git work tree', async () => {
    const root = project({ 'committed.ts': 'const x = 1;\n' });
    initCommittedRepo(root);
    fs.writeFileSync(path.join(root, 'new.ts'), LEGACY);
    const io = captureIO(root);
    expect(await run([], io)).toBe(2);
    expect(io.err()).toContain('  new.ts\n');
    expect(fs.readFileSync(path.join(root, 'new.ts'), 'utf8')).toBe(LEGACY);
  });
});

describe('run() in --dry mode', () => {
  it('prints a unified diff with a/ b/ paths relative to cwd and writes nothing', async () => {
    const root = project({ 'src/a.ts': LEGACY });
    const io = captureIO(path.join(root, 'src'));
    expect(await run(['--dry', path.join(root, 'src/a.ts')], io)).toBe(0);
    expect(fs.readFileSync(path.join(root, 'src/a.ts'), 'utf8')).toBe(LEGACY);
    expect(io.out()).toContain('--- a/a.ts\n+++ b/a.ts\n@@ -1,1 +1,1 @@\n');
    expect(io.out()).toContain(`-${LEGACY}+${MIGRATED}`);
    expect(io.out()).not.toContain('\x1b[');
    expect(io.out()).toContain('1 file would change, 1 finding would be fixed');
  });

  it('colours the diff on a terminal or with FORCE_COLOR, never otherwise', async () => {
    const root = project({ 'a.ts': LEGACY });
    const tty = captureIO(root, { stdoutTTY: true });
    await run(['--dry'], tty);
    expect(tty.out()).toContain('\x1b[32m+');
    const forced = captureIO(root, { env: { FORCE_COLOR: '1' } });
    await run(['--dry'], forced);
    expect(forced.out()).toContain('\x1b[31m-');
  });

  it('puts the diff in the JSON report and keeps stdout one JSON document', async () => {
    const root = project({ 'a.ts': LEGACY });
    const io = captureIO(root);
    expect(await run(['--dry', '--format', 'json'], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.files).toEqual([
      expect.objectContaining({ file: 'a.ts', changed: false, wouldChange: true, diff: expect.stringContaining('+++ b/a.ts') }),
    ]);
    expect(io.err()).toContain('1 file would change');
  });
});

describe('run() in --check mode', () => {
  it('writes nothing, lists every finding and exits 1 when an error remains', async () => {
    const root = project({ 'a.ts': LEGACY, 'b.ts': 'NO_TIMEOUT\n' });
    const io = captureIO(root);
    expect(await run(['--check'], io)).toBe(1);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(LEGACY);
    expect(io.out()).toMatch(
      /a\.ts\n {2}1:8 {2}error {2}legacy-endpoint +Token request goes to the retired VM extension\. Would be rewritten to IMDS\. \(fixable\)/,
    );
    expect(io.out()).toMatch(/b\.ts\n {2}1:1 {2}warning {2}no-timeout/);
    expect(lastLine(io.out())).toBe('exit 1: 1 error found');
  });

  it('passes with warnings and info only, unless --max-warnings is exceeded', async () => {
    const root = project({ 'a.ts': 'NO_TIMEOUT NO_TIMEOUT DOC_NOTE\n' });
    expect(await run(['--check'], captureIO(root))).toBe(0);
    expect(await run(['--check', '--max-warnings', '2'], captureIO(root))).toBe(0);
    const io = captureIO(root);
    expect(await run(['--check', '--max-warnings', '1'], io)).toBe(1);
    expect(lastLine(io.out())).toBe('exit 1: 2 warnings exceed --max-warnings 1');
  });

  it('--quiet shows errors only', async () => {
    const root = project({ 'a.ts': `${LEGACY}NO_TIMEOUT\n` });
    const io = captureIO(root);
    expect(await run(['--check', '--quiet'], io)).toBe(1);
    expect(io.out()).toContain('legacy-endpoint');
    expect(io.out()).not.toContain('no-timeout');
  });

  it('emits JSON findings with replacement edits, and the summary on stderr', async () => {
    const root = project({ 'a.ts': LEGACY });
    const io = captureIO(root);
    expect(await run(['--check', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(io.out());
    expect(report.version).toBe(2);
    expect(report.findings).toEqual([
      {
        file: 'a.ts',
        line: 1,
        column: 8,
        endLine: 1,
        endColumn: 44,
        ruleId: 'legacy-endpoint',
        severity: 'error',
        message: 'Token request goes to the retired VM extension. Would be rewritten to IMDS.',
        fixable: true,
        replacement: [
          {
            start: 7,
            end: 43,
            line: 1,
            column: 8,
            endLine: 1,
            endColumn: 44,
            text: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&',
          },
        ],
      },
    ]);
    expect(lastLine(io.err())).toBe('exit 1: 1 error found');
  });

  it('keeps stdout valid SARIF and GitHub annotations', async () => {
    const root = project({ 'a.ts': LEGACY });
    const sarif = captureIO(root);
    await run(['--check', '--format', 'sarif'], sarif);
    expect(JSON.parse(sarif.out()).runs[0].results[0].ruleId).toBe('legacy-endpoint');
    const github = captureIO(root);
    await run(['--check', '--format', 'github'], github);
    expect(github.out().split('\n')[0]).toBe(
      '::error file=a.ts,line=1,col=8,endLine=1,endColumn=44,title=legacy-endpoint::Token request goes to the retired VM extension. Would be rewritten to IMDS.',
    );
  });
});

describe('run() file handling', () => {
  it('keeps CRLF line endings, a BOM and the file mode when fixing', async () => {
    const text = `\uFEFF// first\r\n${LEGACY.replace('\n', '\r\n')}const tail = 1;\r\n`;
    const root = project({ 'a.ts': text });
    fs.chmodSync(path.join(root, 'a.ts'), 0o755);
    expect(await run([], captureIO(root))).toBe(0);
    const bytes = fs.readFileSync(path.join(root, 'a.ts'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toBe(`\uFEFF// first\r\n${MIGRATED.replace('\n', '\r\n')}const tail = 1;\r\n`);
    expect(fs.statSync(path.join(root, 'a.ts')).mode & 0o777).toBe(0o755);
    expect(fs.readdirSync(root)).toEqual(['a.ts']);
  });

  it('skips binary, non-UTF-8 and minified files with a note on stderr', async () => {
    const root = project({
      'bin.js': Buffer.from([0x66, 0x00, 0x6f]),
      'latin1.js': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'bundle.js': `var a=${'1+'.repeat(6000)}1;\n`,
      'ok.ts': LEGACY,
    });
    const io = captureIO(root);
    expect(await run([], io)).toBe(0);
    expect(io.err()).toContain('note: skipped bin.js: binary file (NUL byte)\n');
    expect(io.err()).toContain('note: skipped latin1.js: not valid UTF-8\n');
    expect(io.err()).toContain('note: skipped bundle.js: looks minified or generated');
    expect(io.out()).toContain('1 file scanned (3 skipped), 1 file changed');
  });

  it('exits 2 with the message for a bad --api-version and for unknown options', async () => {
    const io = captureIO(makeTempDir());
    expect(await run(['--api-version', '2019-08-01'], io)).toBe(2);
    expect(io.err()).toContain('"2019-08-01" is not an IMDS identity api-version');
    expect(lastLine(io.err())).toBe('exit 2: usage error');
    const unknown = captureIO(makeTempDir());
    expect(await run(['--frobnicate'], unknown)).toBe(2);
    expect(unknown.err()).toContain("Unknown option '--frobnicate'");
  });

  it('exits 2 when no path argument exists, and notes the missing ones otherwise', async () => {
    const root = project({ 'a.ts': LEGACY });
    const typo = captureIO(root);
    expect(await run(['--check', 'sr/', 'b.ts'], typo)).toBe(2);
    expect(typo.err()).toContain('mi-codemod: no such file or directory: sr/\nmi-codemod: no such file or directory: b.ts\n');
    expect(lastLine(typo.err())).toBe('exit 2: none of the paths exists; check the spelling (a glob matching nothing is not an error)');
    const some = captureIO(root);
    expect(await run(['--check', 'a.ts', 'gone.ts'], some)).toBe(1);
    expect(some.err()).toContain('note: no such file or directory: gone.ts (skipped)');
    expect(some.out()).toContain('a.ts');
    const glob = captureIO(root);
    expect(await run(['--check', 'src/**/*.ts'], glob)).toBe(0);
  });

  it('says so when a named directory is one the run always skips (dist, vendor…), instead of a bare "nothing to migrate"', async () => {
    const root = project({ 'src/a.ts': 'export const a = 1;\n', 'dist/a.js': LEGACY, 'packages/x/build/b.js': LEGACY });
    const io = captureIO(root);
    expect(await run(['--check', 'dist', 'packages/x/build', 'src'], io)).toBe(0);
    expect(io.err()).toContain('note: dist is not scanned: node_modules, dist, build, vendor, coverage directories');
    expect(io.err()).toContain('note: packages/x/build is not scanned:');
    expect(io.err()).not.toContain('note: src');
  });

  it('prints --help and --version on stdout', async () => {
    const help = captureIO(makeTempDir());
    expect(await run(['--help'], help)).toBe(0);
    expect(help.out()).toContain('--max-warnings');
    const version = captureIO(makeTempDir());
    expect(await run(['--version'], version)).toBe(0);
    expect(version.out().trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('never draws a progress bar when stdout or stderr is not a terminal, in CI, or for a short run', async () => {
    const root = project({ 'a.ts': 'x\n', 'b.ts': 'y\n' });
    for (const options of [
      { stderrTTY: true },
      { stdoutTTY: true },
      { stderrTTY: true, stdoutTTY: true, env: { CI: 'true' } },
      { stderrTTY: true, stdoutTTY: true },
    ]) {
      const io = captureIO(root, options);
      await run(['--check'], io);
      expect(io.err()).not.toContain('\r');
    }
  });
});
