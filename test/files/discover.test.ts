import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverFiles, discoverSourceFiles } from '../../src/files/discover';
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

  it('does not enter a named directory that is (or lies in) an always-ignored one, as in a git work tree', async () => {
    const root = tree(LAYOUT);
    expect(relative(root, await discoverFiles(['dist', 'vendor', 'node_modules/pkg', 'src/deep'], { cwd: root }))).toEqual([
      'src/deep/c.mts',
    ]);
    initCommittedRepo(root);
    expect(relative(root, await discoverFiles(['dist', 'vendor', 'node_modules/pkg', 'src/deep'], { cwd: root }))).toEqual([
      'src/deep/c.mts',
    ]);
  });

  it('accepts many file arguments, absolute paths, Windows separators and quoted globs', async () => {
    const root = tree(LAYOUT);
    const files = await discoverFiles([path.join(root, 'src/b.ts'), 'src\\deep\\c.mts', 'src/*.js'], { cwd: root });
    expect(relative(root, files)).toEqual(['src/a.js', 'src/b.ts', 'src/deep/c.mts']);
  });

  it('skips quietly explicit files that are ignored, missing or of an unsupported type', async () => {
    const root = tree(LAYOUT);
    const files = await discoverFiles(['dist/out.js', 'gone.ts', 'src/readme.txt', 'src/app.min.js', 'node_modules/pkg/index.js'], {
      cwd: root,
    });
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
  it('uses git ls-files: tracked and untracked files, not ignored ones', async () => {
    const root = tree(LAYOUT);
    initCommittedRepo(root);
    writeTree(root, { 'src/untracked.ts': '', 'generated/also.ts': '' });
    expect(relative(root, await discoverFiles([], { cwd: root }))).toEqual(['src/a.js', 'src/b.ts', 'src/deep/c.mts', 'src/untracked.ts']);
  });

  it('lists a file once however many arguments select it, sorted', async () => {
    const root = tree(LAYOUT);
    initCommittedRepo(root);
    writeTree(root, { 'src/untracked.ts': '' });
    const once = ['src/a.js', 'src/b.ts', 'src/deep/c.mts', 'src/untracked.ts'];
    expect(
      relative(root, await discoverFiles(['src/deep', 'src', 'src/b.ts', '.', 'src/**/*.ts', 'src/untracked.ts'], { cwd: root })),
    ).toEqual(once);
    expect((await discoverSourceFiles(['src/b.ts', 'src'], { cwd: root })).map((file) => file.file)).toEqual(once);
  });

  it('judges each directory for symlinks by its own path, next to directories that share its prefix', async () => {
    const outside = tree({ 'y.ts': '', 'z.ts': '' });
    // git's order: a/b/y.ts, a/c.ts, a/d/z.ts, a/dd/w.ts, ad/v.ts (a/b and a/d become symlinks).
    const root = tree({ 'a/b/y.ts': '', 'a/c.ts': '', 'a/d/z.ts': '', 'a/dd/w.ts': '', 'ad/v.ts': '' });
    initCommittedRepo(root);
    for (const directory of ['a/b', 'a/d']) {
      fs.rmSync(path.join(root, directory), { recursive: true });
      fs.symlinkSync(outside, path.join(root, directory));
    }
    expect(relative(root, await discoverFiles(['.'], { cwd: root }))).toEqual(['a/c.ts', 'a/dd/w.ts', 'ad/v.ts']);
  });

  it('never lists a tracked file under a directory since replaced by a symlink (to outside or inside the tree)', async () => {
    const outside = tree({ 'x.ts': '', 'deep/y.ts': '' });
    const root = tree({ 'src/a.ts': '', 'linked/x.ts': '', 'linked/deep/y.ts': '', 'inner/deep/y.ts': '', 'keep/z.ts': '' });
    initCommittedRepo(root);
    fs.rmSync(path.join(root, 'linked'), { recursive: true });
    fs.symlinkSync(outside, path.join(root, 'linked'));
    fs.rmSync(path.join(root, 'inner/deep'), { recursive: true });
    fs.symlinkSync(path.join(root, 'keep'), path.join(root, 'inner/deep'));
    expect(relative(root, await discoverFiles(['.'], { cwd: root }))).toEqual(['keep/z.ts', 'src/a.ts']);
    expect(relative(root, await discoverFiles(['linked/../src', 'inner', '**/y.ts'], { cwd: root }))).toEqual(['src/a.ts']);
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

describe('discoverSourceFiles in a git work tree', () => {
  it('skips tracked symlinks and submodules (by their index mode) and untracked symlinks', async () => {
    const root = tree({ 'src/a.ts': '', 'src/b.ts': '' });
    fs.symlinkSync('a.ts', path.join(root, 'src/tracked-link.ts'));
    initCommittedRepo(root);
    git(root, 'update-index', '--add', '--cacheinfo', `160000,${git(root, 'rev-parse', 'HEAD').trim()},sub.ts`);
    fs.symlinkSync('b.ts', path.join(root, 'src/untracked-link.ts'));
    const files = await discoverSourceFiles(['.'], { cwd: root });
    expect(files.map((found) => found.file)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(files.map((found) => found.absolutePath)).toEqual([path.join(root, 'src/a.ts'), path.join(root, 'src/b.ts')]);
  });

  it('names files relative to the working directory, from inside or outside the work tree root', async () => {
    const root = tree({ 'pkg/src/a.ts': '', 'pkg/vendor/v.ts': '', 'other/c.ts': '', 'other/node_modules/m.js': '' });
    initCommittedRepo(root);
    const fromPackage = await discoverSourceFiles(['.', '../other'], { cwd: path.join(root, 'pkg') });
    expect(fromPackage.map((found) => found.file)).toEqual(['../other/c.ts', 'src/a.ts']);
    const outside = makeTempDir('mi-codemod-discover-cwd-');
    roots.push(outside);
    expect((await discoverSourceFiles([path.join(root, 'pkg')], { cwd: outside })).map((found) => found.file)).toEqual([
      path.relative(outside, path.join(root, 'pkg/src/a.ts')).split(path.sep).join('/'),
    ]);
  });

  it('lists a conflicted file once (a tracked file deleted from the work tree is left to the read)', async () => {
    const root = tree({ 'a.ts': '', 'gone.ts': '', 'conflict.ts': 'base\n' });
    initCommittedRepo(root);
    git(root, 'checkout', '-q', '-b', 'theirs');
    writeTree(root, { 'conflict.ts': 'theirs\n' });
    git(root, 'commit', '-q', '-am', 'theirs');
    git(root, 'checkout', '-q', 'main');
    writeTree(root, { 'conflict.ts': 'ours\n' });
    git(root, 'commit', '-q', '-am', 'ours');
    expect(() => git(root, 'merge', '-q', 'theirs')).toThrow();
    expect(git(root, 'ls-files', '--stage', 'conflict.ts').trim().split('\n')).toHaveLength(3);
    fs.rmSync(path.join(root, 'gone.ts'));
    expect((await discoverSourceFiles([], { cwd: root })).map((found) => found.file)).toEqual(['a.ts', 'conflict.ts', 'gone.ts']);
  });
});
