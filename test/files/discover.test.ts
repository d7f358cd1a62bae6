import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/files/discover';
import { git, initCommittedRepo, makeTempDir, writeTree } from '../cli/helpers';

const roots: string[] = [];
function tree(files: Record<string, string>): string {
  const root = makeTempDir('mi-codemod-discover-');
  roots.push(root);
  writeTree(root, files);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

const relative = (root: string, files: string[]) => files.map((file) => path.relative(root, file).split(path.sep).join('/'));

const LAYOUT = {
  'src/b.ts': '',
  'src/a.js': '',
  'src/deep/c.mts': '',
  'src/readme.txt': '',
  'src/app.min.js': '',
  'node_modules/pkg/index.js': '',
  'dist/out.js': '',
  'build/x.js': '',
  'vendor/v.js': '',
  'coverage/lcov.js': '',
  'generated/skip.ts': '',
  '.gitignore': 'generated/\n',
};

describe('discoverFiles outside git', () => {
  it('walks directories sorted, honouring .gitignore and the default ignores', async () => {
    const root = tree(LAYOUT);
    expect(relative(root, await discoverFiles(['.'], { cwd: root }))).toEqual(['src/a.js', 'src/b.ts', 'src/deep/c.mts']);
  });

  it('accepts many file arguments, absolute paths, Windows separators and quoted globs', async () => {
    const root = tree(LAYOUT);
    const files = await discoverFiles([path.join(root, 'src/b.ts'), 'src\\deep\\c.mts', 'src/*.js'], { cwd: root });
    expect(relative(root, files)).toEqual(['src/a.js', 'src/b.ts', 'src/deep/c.mts']);
  });

  it('skips quietly explicit files that are ignored, missing or of an unsupported type', async () => {
    const root = tree(LAYOUT);
    const files = await discoverFiles(['dist/out.js', 'gone.ts', 'src/readme.txt', 'src/app.min.js', 'node_modules/pkg/index.js'], { cwd: root });
    expect(files).toEqual([]);
  });

  it('does not follow symlinks out of the root', async () => {
    const outside = tree({ 'secret.ts': '' });
    const root = tree({ 'src/a.ts': '' });
    fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(root, 'src/link.ts'));
    fs.symlinkSync(outside, path.join(root, 'linked-dir'));
    expect(relative(root, await discoverFiles(['.'], { cwd: root }))).toEqual(['src/a.ts']);
  });
});

describe('discoverFiles in a git work tree', () => {
  it('uses git ls-files: tracked and untracked files, not ignored ones, not deleted ones', async () => {
    const root = tree({ ...LAYOUT, 'src/deleted.ts': '' });
    initCommittedRepo(root);
    fs.rmSync(path.join(root, 'src/deleted.ts'));
    writeTree(root, { 'src/untracked.ts': '', 'generated/also.ts': '' });
    expect(relative(root, await discoverFiles([], { cwd: root }))).toEqual(['src/a.js', 'src/b.ts', 'src/deep/c.mts', 'src/untracked.ts']);
  });

  it('applies default ignores to committed vendored code and skips an explicitly named ignored file', async () => {
    const root = tree({ 'vendor/lib.js': '', 'src/a.ts': '', 'local.ts': '' });
    fs.writeFileSync(path.join(root, '.gitignore'), 'local.ts\n');
    initCommittedRepo(root);
    expect(relative(root, await discoverFiles(['vendor/lib.js', 'local.ts', 'src'], { cwd: root }))).toEqual(['src/a.ts']);
  });

  it('resolves paths from a subdirectory of the work tree', async () => {
    const root = tree({ 'pkg/src/a.ts': '', 'pkg/src/b.ts': '', 'other/c.ts': '' });
    initCommittedRepo(root);
    git(root, 'status');
    const files = await discoverFiles(['src', '../other/c.ts'], { cwd: path.join(root, 'pkg') });
    expect(relative(root, files)).toEqual(['other/c.ts', 'pkg/src/a.ts', 'pkg/src/b.ts']);
  });
});
