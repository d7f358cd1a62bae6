import { spawn, spawnSync } from 'node:child_process';
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
  return stdout
    .toString('utf8')
    .split('\0')
    .filter((entry) => entry !== '');
}

/** Runs git without blocking and resolves to its stdout; rejects when git is missing or fails. */
function runGitAsync(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, windowsHide: true, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git ${args.join(' ')} exited ${code} in ${cwd}`)),
    );
  });
}

/** One file of a work tree as git lists it. */
export interface GitListedFile {
  /** Relative to the work-tree root, `/`-separated, as git prints it. */
  path: string;
  /** True for an untracked file: git did not say what it is (it may be a symlink). */
  untracked: boolean;
}

/**
 * True when an `ls-files --stage` entry ("<mode> <object> <stage>\t<path>") has a regular file's mode,
 * `100` and three octal digits (100644, 100755); 120000 is a symlink, 160000 a submodule. Read from the
 * characters, with no string made per entry.
 */
function hasRegularFileMode(entry: string): boolean {
  if (!entry.startsWith('100') || entry.charCodeAt(6) !== 32 /* space */) return false;
  for (let index = 3; index < 6; index++) {
    const code = entry.charCodeAt(index);
    if (code < 48 || code > 55) return false;
  }
  return true;
}

/**
 * What `git ls-files -co --exclude-standard` lists, minus tracked symlinks and submodules, from two git
 * calls run side by side: `ls-files -s` (tracked, with modes, so no lstat is needed) and
 * `ls-files -o --exclude-standard`. Tracked files first, in git's order, then untracked ones. A tracked
 * file deleted from the work tree is still listed (git's `ls-files -d` would lstat every tracked file:
 * the slowest of the three calls); the read finds it gone and drops it, as it does a file deleted
 * after discovery. `paths` (relative to `root`, `/`-separated) limits the listing to those files and
 * directories: git then reads only their part of the index and walks only their directories.
 */
export async function listGitWorkTree(root: string, paths?: readonly string[]): Promise<GitListedFile[]> {
  // `:(literal)`: a path is a path, never a pattern (`[id].ts` is a file name in Next.js projects).
  const pathspecs = paths === undefined ? [] : ['--', ...paths.map((file) => `:(literal)${file}`)];
  const [staged, others] = await Promise.all([
    runGitAsync(root, ['ls-files', '--stage', '-z', ...pathspecs]),
    runGitAsync(root, ['ls-files', '--others', '--exclude-standard', '-z', ...pathspecs]),
  ]).catch((error: Error) => {
    throw new Error(`git ls-files failed in ${root}: ${error.message}`);
  });
  const files: GitListedFile[] = [];
  let previous = '';
  for (const entry of splitNulEntries(staged)) {
    // "<mode> <object> <stage>\t<path>"; a conflicted path comes once per stage, one after the other.
    const tab = entry.indexOf('\t');
    const file = entry.slice(tab + 1);
    if (file === previous) continue;
    previous = file;
    if (!hasRegularFileMode(entry)) continue;
    files.push({ path: file, untracked: false });
  }
  for (const file of splitNulEntries(others)) files.push({ path: file, untracked: true });
  return files;
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
