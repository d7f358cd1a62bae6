import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverSourceFiles } from '../../src/files/discover';
import { walkDirectory } from '../../src/files/walkDirectory';
import { git, makeTempDir, writeTree } from '../cli/helpers';

// Outside git, the tool walks the tree itself; what it selects must be what git would show of the same
// tree in a repository (`git ls-files --others --exclude-standard`), the default ignores aside.

const roots: string[] = [];
function tree(files: Record<string, string>): string {
  const root = makeTempDir('mi-codemod-walk-');
  roots.push(root);
  writeTree(root, files);
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

/** The untracked, not ignored files git lists for `root` once it is made a repository (then un-made). */
function gitsView(root: string): string[] {
  git(root, 'init', '-q');
  try {
    return git(root, 'ls-files', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean).sort();
  } finally {
    fs.rmSync(path.join(root, '.git'), { recursive: true, force: true });
  }
}

const RULES_TREE = {
  '.gitignore': ['*.log.ts', '/only-at-root.ts', 'out/', 'logs', '!logs/keep.ts', 'temp*', '# a comment', '\\#hash.ts', ''].join('\n'),
  'a.ts': '',
  'only-at-root.ts': '',
  'app.log.ts': '',
  '#hash.ts': '',
  'src/only-at-root.ts': '',
  'src/out/x.ts': '',
  'src/out.ts': '',
  'src/temp-file.ts': '',
  'src/nested/.gitignore': '!*.log.ts\ngenerated.ts\n/local/\n',
  'src/nested/keep.log.ts': '',
  'src/nested/generated.ts': '',
  'src/nested/local/a.ts': '',
  'src/nested/deeper/local/a.ts': '',
  'src/nested/deeper/generated.ts': '',
  'logs/keep.ts': '',
  'logs/drop.ts': '',
  'docs/.gitignore': '*\n!.gitignore\n!*.md\n',
  'docs/guide.md': '',
  'docs/code.ts': '',
  'Weird [id].ts': '',
  'spaced dir/b.ts': '',
};

describe('walkDirectory', () => {
  it('selects exactly what git shows of the same tree: nested .gitignore files, negations, anchors, directory patterns', () => {
    const root = tree(RULES_TREE);
    const walked = walkDirectory(root, () => true).sort();
    expect(walked).toEqual(gitsView(root));
    // The cases above all decide something: each of these is dropped, each of those kept.
    expect(walked).not.toContain('app.log.ts');
    expect(walked).not.toContain('src/out/x.ts');
    expect(walked).not.toContain('logs/keep.ts'); // git cannot re-include a file inside an ignored directory
    expect(walked).not.toContain('src/nested/deeper/generated.ts');
    expect(walked).toContain('src/nested/keep.log.ts');
    expect(walked).toContain('src/nested/deeper/local/a.ts');
    expect(walked).toContain('src/only-at-root.ts');
    expect(walked).toContain('docs/guide.md');
  });

  it('never enters a default-ignored directory nor follows a symlink, and asks `wanted` before the rules', () => {
    const outside = tree({ 'secret.ts': '' });
    const root = tree({ 'a.ts': '', 'b.txt': '', 'node_modules/m/index.js': '', 'pkg/dist/x.js': '', 'pkg/src/y.ts': '' });
    fs.symlinkSync(outside, path.join(root, 'linked'));
    fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(root, 'link.ts'));
    const asked: string[] = [];
    const walked = walkDirectory(root, (file) => {
      asked.push(file);
      return file.endsWith('.ts');
    });
    expect(walked.sort()).toEqual(['a.ts', 'pkg/src/y.ts']);
    expect(asked.sort()).toEqual(['a.ts', 'b.txt', 'pkg/src/y.ts']);
  });
});

describe('discoverSourceFiles outside git', () => {
  it('names walked files relative to the cwd, for a directory below or beside it', async () => {
    const root = tree({ 'pkg/src/a.ts': '', 'pkg/.gitignore': 'gen/\n', 'pkg/gen/b.ts': '', 'other/c.ts': '' });
    const files = await discoverSourceFiles(['src', '../other', '.'], { cwd: path.join(root, 'pkg') });
    expect(files.map((found) => found.file)).toEqual(['../other/c.ts', 'src/a.ts']);
    expect(files.map((found) => found.absolutePath)).toEqual([path.join(root, 'other/c.ts'), path.join(root, 'pkg/src/a.ts')]);
  });

  it('drops glob matches that a .gitignore below the cwd ignores, directories included', async () => {
    const root = tree({ 'src/a.ts': '', 'src/gen/b.ts': '', 'src/.gitignore': 'gen/\nc.ts\n', 'src/c.ts': '' });
    const files = await discoverSourceFiles(['src/**/*.ts'], { cwd: root });
    expect(files.map((found) => found.file)).toEqual(['src/a.ts']);
  });
});

describe('discoverSourceFiles in git asks only for the paths named', () => {
  it('lists named files and directories, literal names included, and nothing else', async () => {
    const root = tree({ 'src/[id].ts': '', 'src/i.ts': '', 'src/d.ts': '', 'lib/x.ts': '', 'other/y.ts': '', '.gitignore': 'lib/x.ts\n' });
    git(root, 'init', '-q');
    git(root, 'add', 'src', '.gitignore');
    const files = await discoverSourceFiles(['src/[id].ts', 'lib', 'other/y.ts', 'lib/x.ts'], { cwd: root });
    // `[id]` is a name, not a character class (which would have matched src/i.ts and src/d.ts).
    expect(files.map((found) => found.file)).toEqual(['other/y.ts', 'src/[id].ts']);
  });

  it('takes more named paths than fit on one command line (git then lists the whole work tree)', async () => {
    const names = Array.from({ length: 400 }, (_, index) => `src/${'long-name-'.repeat(3)}${index}.ts`);
    const root = tree(Object.fromEntries([...names, 'src/ignored.ts'].map((name) => [name, ''])));
    fs.writeFileSync(path.join(root, '.gitignore'), 'src/ignored.ts\n');
    git(root, 'init', '-q');
    const files = await discoverSourceFiles([...names, 'src/ignored.ts'], { cwd: root });
    expect(files).toHaveLength(400);
  });
});
