// The file-handling promises of the real CLI (node dist/src/cli/bin.js) in temporary trees: atomic
// writes, byte and mode preservation, permission problems, files it must skip, symlinks, interrupts.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  lastLine,
  legacyLine,
  listTree,
  makeTempDir,
  migratedLine,
  readLog,
  runCli,
  startCli,
  unprivilegedMethod,
  writeTree,
  type CliOptions,
} from './support/cli';
import { initCommittedRepo } from '../cli/helpers';

const roots: string[] = [];
function tempDir(prefix = 'mi-rel-files-'): string {
  const dir = makeTempDir(prefix);
  roots.push(dir);
  return dir;
}
afterEach(() => {
  for (const root of roots.splice(0)) {
    // Give back permissions a test took away, so the tree can be removed.
    for (const entry of listDirectories(root)) fs.chmodSync(entry, 0o755);
    fs.rmSync(root, { recursive: true, force: true });
  }
});
function listDirectories(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const found = [root];
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...listDirectories(path.join(root, entry.name)));
  }
  return found;
}

const TEMP_FILE = /\.mi-codemod\.tmp$/;

interface WriteRecord {
  op: string;
  file?: string;
  from?: string;
  to?: string;
  flags?: string;
}

describe('atomic writes', () => {
  it('write each file through a temporary file in its own directory, renamed over the original, and leave no temporary file', () => {
    const root = tempDir();
    const logs = tempDir('mi-rel-logs-');
    writeTree(root, {
      'src/a.ts': `${legacyLine('a')}\n`,
      'src/deep/b.js': `${legacyLine('b')}\n`,
      'clean.ts': 'export const clean = 1;\n',
    });
    // A hard link shares the inode: an in-place write would change it too, a rename does not.
    fs.linkSync(path.join(root, 'src/a.ts'), path.join(logs, 'a.hardlink'));
    const inodeBefore = fs.statSync(path.join(root, 'src/a.ts')).ino;
    const recordFile = path.join(logs, 'writes.jsonl');

    const result = runCli(root, ['.'], { preloads: ['record-writes.cjs'], env: { MI_RECORD_FILE: recordFile } });

    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'src/a.ts'), 'utf8')).toBe(`${migratedLine('a')}\n`);
    expect(fs.readFileSync(path.join(root, 'src/deep/b.js'), 'utf8')).toBe(`${migratedLine('b')}\n`);
    expect(fs.readFileSync(path.join(logs, 'a.hardlink'), 'utf8')).toBe(`${legacyLine('a')}\n`);
    expect(fs.statSync(path.join(root, 'src/a.ts')).ino).not.toBe(inodeBefore);

    const records = readLog<WriteRecord>(recordFile).filter((record) => (record.file ?? record.to ?? '').startsWith(root));
    const targets = [path.join(root, 'src/a.ts'), path.join(root, 'src/deep/b.js')];
    for (const target of targets) {
      const opened = records.filter((record) => record.op === 'open' && record.file && path.dirname(record.file) === path.dirname(target));
      expect(opened).toHaveLength(1);
      const temporary = opened[0].file!;
      expect(path.basename(temporary)).toMatch(new RegExp(`^\\.${path.basename(target).replace('.', '\\.')}\\..+\\.mi-codemod\\.tmp$`));
      expect(opened[0].flags).toBe('wx'); // never over an existing file
      expect(records).toContainEqual({ op: 'rename', from: temporary, to: target });
    }
    // Nothing ever opened a target (or the clean file) for writing directly.
    expect(records.filter((record) => record.op !== 'rename' && !TEMP_FILE.test(record.file ?? ''))).toEqual([]);
    expect(listTree(root).filter((file) => TEMP_FILE.test(file))).toEqual([]);
  });

  it('keep the file mode, BOM, line endings, tabs and the final newline (or its absence)', () => {
    const root = tempDir();
    const files = {
      'bom-crlf.ts': {
        before: `\uFEFF// token\r\n\t${legacyLine('a')}\r\n`,
        after: `\uFEFF// token\r\n\t${migratedLine('a')}\r\n`,
        mode: 0o755,
      },
      'no-final-newline.cjs': { before: `// x\n${legacyLine('b', '"')}`, after: `// x\n${migratedLine('b', '"')}`, mode: 0o600 },
      'mixed.mjs': { before: `// a\r\n// b\n${legacyLine('c')}\r\n\r\n`, after: `// a\r\n// b\n${migratedLine('c')}\r\n\r\n`, mode: 0o640 },
      'sticky.ts': { before: `${legacyLine('d')}\n`, after: `${migratedLine('d')}\n`, mode: 0o1775 },
    };
    for (const [name, file] of Object.entries(files)) {
      fs.writeFileSync(path.join(root, name), file.before);
      fs.chmodSync(path.join(root, name), file.mode);
    }
    const result = runCli(root, ['.']);
    expect(result.code).toBe(0);
    for (const [name, file] of Object.entries(files)) {
      expect(fs.readFileSync(path.join(root, name), 'utf8'), name).toBe(file.after);
      expect(fs.statSync(path.join(root, name)).mode & 0o7777, name).toBe(file.mode);
    }
  });
});

/**
 * Permission problems. Tests run as root in CI, where chmod stops nothing. When they do, the CLI runs
 * as `nobody` through setpriv (chmod then works for real); without setpriv, the fault-injection
 * preload makes the same calls fail with EACCES. Either way the assertions are the same.
 */
describe('permission problems', () => {
  const method = unprivilegedMethod();
  function handOver(root: string): void {
    if (method !== 'setpriv') return;
    for (const directory of listDirectories(root)) {
      fs.chownSync(directory, 65534, 65534);
      for (const entry of fs.readdirSync(directory)) fs.chownSync(path.join(directory, entry), 65534, 65534);
    }
  }
  function options(fault: object[]): CliOptions {
    return method === 'none' ? { preloads: ['fault.cjs'], env: { MI_FAULT: JSON.stringify(fault) } } : { unprivileged: true };
  }

  it(`an unreadable file is reported by name, the other files are still fixed, exit 2 (${method})`, () => {
    const root = tempDir();
    writeTree(root, { 'locked.ts': `${legacyLine('a')}\n`, 'open.ts': `${legacyLine('b')}\n` });
    handOver(root);
    fs.chmodSync(path.join(root, 'locked.ts'), 0o000);
    const result = runCli(root, ['.'], options([{ op: 'read', match: 'locked.ts', code: 'EACCES' }]));
    expect(result.code).toBe(2);
    expect(fs.readFileSync(path.join(root, 'open.ts'), 'utf8')).toBe(`${migratedLine('b')}\n`);
    fs.chmodSync(path.join(root, 'locked.ts'), 0o644);
    expect(fs.readFileSync(path.join(root, 'locked.ts'), 'utf8')).toBe(`${legacyLine('a')}\n`);
    expect(lastLine(result.stdout)).toMatch(/^exit 2: .*locked\.ts.*(EACCES|permission denied)/);
  });

  it('an unreadable file is an I/O problem, not an internal error: no stack trace', () => {
    const root = tempDir();
    writeTree(root, { 'locked.ts': `${legacyLine('a')}\n` });
    handOver(root);
    fs.chmodSync(path.join(root, 'locked.ts'), 0o000);
    const result = runCli(root, ['.'], options([{ op: 'read', match: 'locked.ts', code: 'EACCES' }]));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('locked.ts');
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it(`a directory that cannot be written to: its file is left unchanged and reported, the rest is written, exit 2 (${method})`, () => {
    const root = tempDir();
    writeTree(root, { 'frozen/a.ts': `${legacyLine('a')}\n`, 'open/b.ts': `${legacyLine('b')}\n` });
    handOver(root);
    fs.chmodSync(path.join(root, 'frozen'), 0o555);
    const result = runCli(root, ['.'], options([{ op: 'open-write', match: `${path.sep}frozen${path.sep}`, code: 'EACCES' }]));
    fs.chmodSync(path.join(root, 'frozen'), 0o755);
    expect(result.code).toBe(2);
    expect(fs.readFileSync(path.join(root, 'frozen/a.ts'), 'utf8')).toBe(`${legacyLine('a')}\n`);
    expect(fs.readFileSync(path.join(root, 'open/b.ts'), 'utf8')).toBe(`${migratedLine('b')}\n`);
    expect(lastLine(result.stdout)).toMatch(/^exit 2: .*frozen\/a\.ts: could not write/);
    expect(listTree(root).filter((file) => TEMP_FILE.test(file))).toEqual([]);
  });

  it('a rename that fails (EIO, EXDEV) removes its temporary file and leaves the original intact', () => {
    const root = tempDir();
    writeTree(root, { 'a.ts': `${legacyLine('a')}\n`, 'b.ts': `${legacyLine('b')}\n` });
    const result = runCli(root, ['.'], {
      preloads: ['fault.cjs'],
      env: { MI_FAULT: JSON.stringify([{ op: 'rename', match: 'a.ts', code: 'EIO' }]) },
    });
    expect(result.code).toBe(2);
    expect(fs.readFileSync(path.join(root, 'a.ts'), 'utf8')).toBe(`${legacyLine('a')}\n`);
    expect(fs.readFileSync(path.join(root, 'b.ts'), 'utf8')).toBe(`${migratedLine('b')}\n`);
    expect(listTree(root)).toEqual(['a.ts', 'b.ts']);
    expect(lastLine(result.stdout)).toMatch(/^exit 2: .*a\.ts: could not write: EIO/);
  });

  it('a read-only file (no write permission bit) is not written behind its owner’s back: left unchanged and reported', () => {
    // A rename needs write permission on the directory only, so without a check the tool would
    // replace files that chmod a-w (or a Perforce/ClearCase checkout) marks as not to be edited.
    const root = tempDir();
    writeTree(root, { 'readonly.ts': `${legacyLine('a')}\n`, 'writable.ts': `${legacyLine('b')}\n` });
    handOver(root);
    fs.chmodSync(path.join(root, 'readonly.ts'), 0o444);
    const result = runCli(root, ['.'], method === 'none' ? {} : { unprivileged: true });
    expect(fs.readFileSync(path.join(root, 'writable.ts'), 'utf8')).toBe(`${migratedLine('b')}\n`);
    expect(fs.readFileSync(path.join(root, 'readonly.ts'), 'utf8')).toBe(`${legacyLine('a')}\n`);
    expect(fs.statSync(path.join(root, 'readonly.ts')).mode & 0o777).toBe(0o444);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/readonly\.ts.*(read-only|EACCES|permission)/);
  });
});

describe('files that are not migrated', () => {
  it('binary, non-UTF-8, over 5 MB and minified files are skipped with a note, byte-identical, and the run goes on', () => {
    const root = tempDir();
    const legacy = legacyLine('x');
    const inputs: Record<string, Buffer> = {
      'binary.js': Buffer.concat([Buffer.from(`${legacy}\n`), Buffer.from([0, 1, 2, 255]), Buffer.from('\n')]),
      'latin1.ts': Buffer.concat([Buffer.from(`// caf`), Buffer.from([0xe9]), Buffer.from(`\n${legacy}\n`)]),
      'huge.ts': Buffer.from(`${legacy}\n${'// padding padding padding padding padding padding padding padding\n'.repeat(80_000)}`),
      'bundle.js': Buffer.from(`${legacy}\n${'var a=1;'.repeat(2_000)}\n`),
      'vendor.min.js': Buffer.from(`${legacy}\n`),
      'ok.ts': Buffer.from(`${legacy}\n`),
    };
    expect(inputs['huge.ts'].length).toBeGreaterThan(5 * 1024 * 1024);
    writeTree(root, inputs);

    const check = runCli(root, ['--check', '--format', 'json', '.']);
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout);
    expect(new Set(report.findings.map((finding: { file: string }) => finding.file))).toEqual(new Set(['ok.ts']));
    expect(report.summary.filesSkipped).toBe(4);

    const fix = runCli(root, ['.']);
    expect(fix.code).toBe(0);
    for (const [name, reason] of [
      ['binary.js', 'binary'],
      ['latin1.ts', 'not valid UTF-8'],
      ['huge.ts', 'larger than 5 MB'],
      ['bundle.js', 'minified'],
    ]) {
      expect(fix.stderr).toMatch(new RegExp(`note: skipped ${name.replace('.', '\\.')}: .*${reason}`));
    }
    expect(fix.stderr + fix.stdout).not.toContain('vendor.min.js'); // ignored by name, silently
    for (const [name, bytes] of Object.entries(inputs)) {
      if (name !== 'ok.ts') expect(fs.readFileSync(path.join(root, name)).equals(bytes), name).toBe(true);
    }
    expect(fs.readFileSync(path.join(root, 'ok.ts'), 'utf8')).toBe(`${migratedLine('x')}\n`);
  });
  it('a UTF-16 file (PowerShell 5 writes them) holding a legacy URL is reported or skipped with a note, never silently passed', () => {
    const root = tempDir();
    const script =
      '$t = Invoke-RestMethod -Uri "http://localhost:50342/oauth2/token?resource=https://management.azure.com/" -Headers @{Metadata="true"}\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(script, 'utf16le')]);
    writeTree(root, { 'token.ps1': bytes });
    const check = runCli(root, ['--check', '--format', 'json', '.']);
    const report = JSON.parse(check.stdout);
    const reported = report.findings.some((finding: { file: string }) => finding.file === 'token.ps1');
    const noted = /note: skipped token\.ps1: /.test(check.stderr);
    expect(reported || noted).toBe(true);
    runCli(root, ['.']);
    expect(fs.readFileSync(path.join(root, 'token.ps1')).equals(bytes)).toBe(true);
  });
});

describe('symlinks', () => {
  function linkedTree(): { root: string; outside: string } {
    const outside = tempDir('mi-rel-outside-');
    const root = tempDir();
    writeTree(outside, { 'secret.ts': `${legacyLine('s')}\n`, 'nested/deep.ts': `${legacyLine('d')}\n` });
    writeTree(root, { 'src/real.ts': `${legacyLine('r')}\n` });
    fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(root, 'link.ts'));
    fs.symlinkSync(outside, path.join(root, 'linked-dir'));
    fs.symlinkSync('src/real.ts', path.join(root, 'inner-link.ts'));
    return { root, outside };
  }

  it.each([[['.']], [['**/*.ts', 'link.ts', 'inner-link.ts', 'src']]])(
    'are never followed out of the root, nor replaced by files (%j)',
    (args) => {
      const { root, outside } = linkedTree();
      const result = runCli(root, args);
      expect(result.stderr).not.toMatch(/internal error/);
      expect(fs.readFileSync(path.join(outside, 'secret.ts'), 'utf8')).toBe(`${legacyLine('s')}\n`);
      expect(fs.readFileSync(path.join(outside, 'nested/deep.ts'), 'utf8')).toBe(`${legacyLine('d')}\n`);
      expect(result.stdout + result.stderr).not.toMatch(/secret|deep\.ts|link/);
      for (const link of ['link.ts', 'linked-dir', 'inner-link.ts'])
        expect(fs.lstatSync(path.join(root, link)).isSymbolicLink(), link).toBe(true);
      expect(fs.readlinkSync(path.join(root, 'inner-link.ts'))).toBe('src/real.ts');
      const real = fs.readFileSync(path.join(root, 'src/real.ts'), 'utf8');
      expect(real).toBe(`${migratedLine('r')}\n`);
      expect(listTree(outside)).toEqual(['nested/deep.ts', 'secret.ts']);
    },
  );

  it('in a git work tree, a tracked directory replaced by a symlink is never followed, and a tracked file gone from the work tree is dropped without a word', () => {
    const outside = tempDir('mi-rel-outside-');
    const root = tempDir();
    writeTree(outside, { 'secret.ts': `${legacyLine('s')}\n` });
    writeTree(root, {
      'src/real.ts': `${legacyLine('r')}\n`,
      'linked/secret.ts': `${legacyLine('s')}\n`,
      'gone.ts': `${legacyLine('g')}\n`,
    });
    initCommittedRepo(root);
    fs.rmSync(path.join(root, 'linked'), { recursive: true });
    fs.symlinkSync(outside, path.join(root, 'linked'));
    fs.rmSync(path.join(root, 'gone.ts'));
    for (const args of [
      ['--check', '.'],
      ['--check', '**/*.ts'],
      ['--force', '.'],
    ]) {
      const result = runCli(root, args);
      expect(result.stderr).not.toMatch(/internal error|could not read/);
      expect(result.stdout + result.stderr).not.toMatch(/secret|gone/);
      expect(result.stdout).toMatch(/^mi-codemod: 1 file scanned, /m);
    }
    expect(fs.readFileSync(path.join(outside, 'secret.ts'), 'utf8')).toBe(`${legacyLine('s')}\n`);
    expect(listTree(outside)).toEqual(['secret.ts']);
    expect(fs.readFileSync(path.join(root, 'src/real.ts'), 'utf8')).toBe(`${migratedLine('r')}\n`);
  });
});

describe('interrupts', () => {
  const COUNT = 40;
  function legacyTree(count: number): { root: string; names: string[] } {
    const root = tempDir('mi-rel-int-');
    const names: string[] = [];
    const files: Record<string, string> = {};
    for (let i = 0; i < count; i++) {
      const name = `src/d${i % 7}/f${String(i).padStart(4, '0')}.ts`;
      names.push(name);
      files[name] = `// file ${i}\r\n${legacyLine(`v${i}`)}\r\n`;
    }
    writeTree(root, files);
    return { root, names };
  }
  function classify(root: string, names: string[]): { old: number; migrated: number; other: string[] } {
    let old = 0;
    let migrated = 0;
    const other: string[] = [];
    names.forEach((name) => {
      const i = Number(/f(\d+)/.exec(name)![1]);
      const text = fs.readFileSync(path.join(root, name), 'utf8');
      if (text === `// file ${i}\r\n${legacyLine(`v${i}`)}\r\n`) old++;
      else if (text === `// file ${i}\r\n${migratedLine(`v${i}`)}\r\n`) migrated++;
      else other.push(name);
    });
    return { old, migrated, other };
  }

  it('SIGINT at the worst moment (temporary copy written, not yet renamed) leaves every file wholly old or wholly new', () => {
    const { root, names } = legacyTree(COUNT);
    // The preload counts every rename, and the compiler's code cache is saved with one: off here, so that
    // the 15th rename is the 15th file.
    const result = runCli(root, ['.'], {
      preloads: ['interrupt.cjs'],
      env: { MI_INTERRUPT_AT_RENAME: '15', MI_INTERRUPT_SIGNAL: 'SIGINT', MI_CODEMOD_COMPILE_CACHE: '0' },
    });
    expect(result.signal).toBe('SIGINT');
    expect(classify(root, names)).toEqual({ old: COUNT - 14, migrated: 14, other: [] });
    // The interrupted write leaves its complete temporary copy behind (a killed process cannot clean
    // up); it is not a supported file type, so no later run reads or reports it.
    const strays = listTree(root).filter((file) => TEMP_FILE.test(file));
    expect(strays).toHaveLength(1);
    const rerun = runCli(root, ['.']);
    expect(rerun.code).toBe(0);
    expect(classify(root, names)).toEqual({ old: 0, migrated: COUNT, other: [] });
    expect(rerun.stdout + rerun.stderr).not.toContain('mi-codemod.tmp');
  });

  it('SIGINT sent from outside during a run over a large tree leaves every file wholly old or wholly new', async () => {
    const { root, names } = legacyTree(600);
    const first = path.join(root, [...names].sort()[0]);
    const before = fs.readFileSync(first, 'utf8');
    const { child, done } = startCli(root, ['.']);
    let exited = false;
    void done.then(() => (exited = true));
    // Interrupt as soon as the first file has been replaced, i.e. while the others are being written.
    while (!exited && fs.readFileSync(first, 'utf8') === before) await new Promise((resolve) => setTimeout(resolve, 2));
    child.kill('SIGINT');
    const result = await done;
    expect(result.signal === 'SIGINT' || result.code === 0).toBe(true);
    const state = classify(root, names);
    expect(state.other).toEqual([]);
    expect(state.old + state.migrated).toBe(names.length);
    expect(listTree(root).filter((file) => TEMP_FILE.test(file)).length).toBeLessThanOrEqual(1);
  });
});
