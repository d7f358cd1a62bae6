// A copy of this repository as a clone at this commit would hold it (plus uncommitted edits): the files git
// tracks or would track, nothing ignored (no dist/, no node_modules/). Tests that run `npm pack` with its
// scripts, or that install the pre-commit hook from a clone, work on a copy: a build in the work tree would
// rewrite dist/ while other tests run it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './gitSandbox';

/** The work tree's files (tracked, or untracked and not ignored) that exist, relative to the root. */
export function workTreeFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  // Regular files only: a deleted file, or a symlink such as a linked node_modules, is no part of a clone.
  return listed.stdout
    .split('\0')
    .filter((file) => file && fs.lstatSync(path.join(PROJECT_ROOT, file), { throwIfNoEntry: false })?.isFile());
}

/** Copies the work tree's files into `destination` (created); `linkNodeModules` links this repository's node_modules. */
export function copyWorkTree(destination: string, { linkNodeModules }: { linkNodeModules: boolean }): void {
  for (const file of workTreeFiles()) {
    const target = path.join(destination, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(path.join(PROJECT_ROOT, file), target);
    fs.chmodSync(target, fs.statSync(path.join(PROJECT_ROOT, file)).mode);
  }
  if (linkNodeModules) fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(destination, 'node_modules'), 'junction');
}
