import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasHugeLine, MAX_FILE_BYTES, readSourceFile } from '../../src/files/readSourceFile';
import { writeFileAtomic } from '../../src/files/writeFileAtomic';
import { listDirtyFiles } from '../../src/files/gitWorkTree';
import { isIgnoredByDefault } from '../../src/files/defaultIgnores';
import { git, initCommittedRepo, makeTempDir, writeTree } from '../cli/helpers';

const roots: string[] = [];
function dir(): string {
  const root = makeTempDir('mi-codemod-files-');
  roots.push(root);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

describe('readSourceFile', () => {
  it('keeps a BOM as part of the text and returns the mode', async () => {
    const root = dir();
    fs.writeFileSync(path.join(root, 'a.ts'), '\uFEFFconst a = 1;\r\n');
    const read = await readSourceFile(path.join(root, 'a.ts'));
    expect(read).toMatchObject({ kind: 'text', text: '\uFEFFconst a = 1;\r\n' });
  });

  it('skips binary, invalid UTF-8 and oversized files with a reason', async () => {
    const root = dir();
    fs.writeFileSync(path.join(root, 'nul.js'), Buffer.from('a\0b'));
    fs.writeFileSync(path.join(root, 'latin1.js'), Buffer.from([0x63, 0xe9]));
    fs.writeFileSync(path.join(root, 'big.js'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
    expect(await readSourceFile(path.join(root, 'nul.js'))).toEqual({ kind: 'skipped', reason: 'binary file (NUL byte)' });
    expect(await readSourceFile(path.join(root, 'latin1.js'))).toEqual({ kind: 'skipped', reason: 'not valid UTF-8' });
    expect(await readSourceFile(path.join(root, 'big.js'))).toEqual({ kind: 'skipped', reason: 'larger than 5 MB' });
  });

  it('spots huge lines', () => {
    expect(hasHugeLine(`a\n${'x'.repeat(10_001)}\nb`)).toBe(true);
    expect(hasHugeLine(`a\r\n${'x'.repeat(9_999)}\r\nb`)).toBe(false);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the permission bits and leaves no temporary file', async () => {
    const root = dir();
    const file = path.join(root, 'run.js');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o750);
    await writeFileAtomic(file, '\uFEFFnew\r\n', fs.statSync(file).mode);
    expect(fs.readFileSync(file)).toEqual(Buffer.from([0xef, 0xbb, 0xbf, 0x6e, 0x65, 0x77, 0x0d, 0x0a]));
    expect(fs.statSync(file).mode & 0o777).toBe(0o750);
    expect(fs.readdirSync(root)).toEqual(['run.js']);
  });
});

describe('listDirtyFiles', () => {
  it('lists unstaged and untracked files, not staged or committed ones', () => {
    const root = dir();
    writeTree(root, { 'clean.ts': '1', 'modified.ts': '1', 'staged.ts': '1' });
    initCommittedRepo(root);
    writeTree(root, { 'modified.ts': '2', 'staged.ts': '2', 'new.ts': '1' });
    git(root, 'add', 'staged.ts');
    expect([...listDirtyFiles(root)].map((file) => path.basename(file)).sort()).toEqual(['modified.ts', 'new.ts']);
  });
});

describe('isIgnoredByDefault', () => {
  it('ignores dependency, build and vendored directories and minified bundles', () => {
    for (const ignored of [
      'node_modules/a/b.js',
      'a/dist/x.js',
      'build/x.ts',
      'vendor/x.js',
      'coverage/x.js',
      '.git/x.js',
      'lib/app.min.js',
    ]) {
      expect(isIgnoredByDefault(ignored)).toBe(true);
    }
    for (const kept of ['src/builder.ts', 'src/distance.js', '../build/x.ts', 'a.js'])
      expect(isIgnoredByDefault(kept)).toBe(kept === '../build/x.ts');
  });
});
