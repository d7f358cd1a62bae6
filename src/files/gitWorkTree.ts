import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Runs git and returns its stdout, or undefined when git is missing or the command fails. */
function runGit(cwd: string, args: string[]): Buffer | undefined {
  // core.fsmonitor names a command git would run from the scanned repository's own config.
  const result = spawnSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, maxBuffer: 1024 * 1024 * 1024, windowsHide: true });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout;
}

/** The absolute top-level directory of the git work tree holding `directory`, if there is one. */
export function findGitRoot(directory: string): string | undefined {
  const stdout = runGit(directory, ['rev-parse', '--show-toplevel']);
  const root = stdout?.toString('utf8').trim();
  return root ? path.resolve(root) : undefined;
}

/** Splits git's `-z` output into its NUL-terminated entries. */
function splitNulEntries(stdout: Buffer): string[] {
  return stdout.toString('utf8').split('\0').filter((entry) => entry !== '');
}

/**
 * Every file git would show in the work tree: tracked and untracked, minus what .gitignore (and the
 * other standard exclude files) ignores. Absolute paths. Deleted tracked files may still be listed.
 */
export function listGitFiles(root: string): Set<string> {
  const stdout = runGit(root, ['ls-files', '--cached', '--others', '--exclude-standard', '-z']);
  if (!stdout) throw new Error(`git ls-files failed in ${root}`);
  return new Set(splitNulEntries(stdout).map((entry) => path.join(root, entry)));
}

/**
 * The files under `root` whose work-tree content git could not tell apart from a codemod's edit:
 * unstaged changes (modified, deleted, conflicted) and untracked files. Staged changes are safe: the
 * staged version stays in the index and `git diff` shows exactly what the codemod changed.
 */
export function listDirtyFiles(root: string): Set<string> {
  const stdout = runGit(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames']);
  if (!stdout) throw new Error(`git status failed in ${root}`);
  const dirty = new Set<string>();
  for (const entry of splitNulEntries(stdout)) {
    const indexStatus = entry[0];
    const workTreeStatus = entry[1];
    const file = entry.slice(3);
    if ((indexStatus === '?' && workTreeStatus === '?') || workTreeStatus !== ' ') dirty.add(path.join(root, file));
  }
  return dirty;
}
