import fs from 'node:fs';
import path from 'node:path';
import { isSupportedFile } from '../analyseFile';
import { IGNORED_GLOBS, isIgnoredByDefault } from './defaultIgnores';
import { GitRoots } from './gitRoots';
import { realPath, relativePosixPath } from './posixPath';

/** One file found, with the root whose ignore rules apply to it. */
interface Candidate {
  absolutePath: string;
  /** The directory its default-ignore check is relative to. */
  base: string;
  /** The git work tree it was found in, whose file list decides whether it is ignored. */
  gitRoot?: string;
}

/** What one command-line path turned out to be. */
type PathArgument =
  | { kind: 'file'; absolutePath: string }
  | { kind: 'directory'; absolutePath: string }
  | { kind: 'glob'; pattern: string }
  | { kind: 'missing' };


function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Classifies one argument; `src\\a.ts` is read as `src/a.ts` when no file has the literal name. */
function classifyArgument(argument: string, cwd: string, isDynamicPattern: (p: string) => boolean): PathArgument {
  const candidates = argument.includes('\\') ? [argument, argument.replace(/\\/g, '/')] : [argument];
  for (const candidate of candidates) {
    const absolutePath = path.resolve(cwd, candidate);
    const stats = statOrUndefined(absolutePath);
    if (stats?.isDirectory()) return { kind: 'directory', absolutePath: realPath(absolutePath) };
    if (stats) return { kind: 'file', absolutePath };
  }
  const pattern = candidates[candidates.length - 1];
  if (isDynamicPattern(pattern)) return { kind: 'glob', pattern };
  return { kind: 'missing' };
}

/** True when the path is a regular file (not a symlink, which is never followed). */
function isRegularFile(file: string): boolean {
  try {
    return fs.lstatSync(file).isFile();
  } catch {
    return false;
  }
}

export interface DiscoverOptions {
  cwd: string;
}

/**
 * The files to analyse for the given command-line paths (files, directories, globs; relative or
 * absolute), as sorted absolute paths. Inside a git work tree the candidates are what
 * `git ls-files -co --exclude-standard` lists; elsewhere globby with `.gitignore` support. Default
 * ignores, unsupported types, symlinks and paths that do not exist are dropped without a word.
 */
export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const { globby, isDynamicPattern } = await import('globby');
  const cwd = realPath(path.resolve(options.cwd));
  const gitRoots = new GitRoots();
  const candidates: Candidate[] = [];

  for (const argument of paths.length > 0 ? paths : ['.']) {
    const classified = classifyArgument(argument, cwd, isDynamicPattern);
    if (classified.kind === 'missing') continue;
    if (classified.kind === 'file') {
      const absolutePath = path.join(realPath(path.dirname(classified.absolutePath)), path.basename(classified.absolutePath));
      const root = gitRoots.rootOf(path.dirname(absolutePath));
      candidates.push({ absolutePath, base: root ?? cwd, gitRoot: root });
      continue;
    }
    if (classified.kind === 'directory') {
      const directory = classified.absolutePath;
      const root = gitRoots.rootOf(directory);
      if (root) {
        const inside = directory === root ? undefined : directory + path.sep;
        for (const file of gitRoots.filesOf(root)) {
          if (!inside || file.startsWith(inside)) candidates.push({ absolutePath: file, base: root, gitRoot: root });
        }
      } else {
        const found = await globby('**/*', {
          cwd: directory,
          absolute: true,
          dot: true,
          onlyFiles: true,
          followSymbolicLinks: false,
          gitignore: true,
          ignore: [...IGNORED_GLOBS],
        });
        for (const file of found) candidates.push({ absolutePath: path.resolve(file), base: directory });
      }
      continue;
    }
    const cwdRoot = gitRoots.rootOf(cwd);
    const found = await globby(classified.pattern, {
      cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      gitignore: !cwdRoot,
      ignore: [...IGNORED_GLOBS],
    });
    for (const file of found) {
      const absolutePath = path.resolve(file);
      const insideCwdRoot = cwdRoot !== undefined && absolutePath.startsWith(cwdRoot + path.sep);
      candidates.push({ absolutePath, base: insideCwdRoot ? cwdRoot : cwd, gitRoot: insideCwdRoot ? cwdRoot : undefined });
    }
  }

  const selected = new Set<string>();
  for (const { absolutePath, base, gitRoot } of candidates) {
    if (selected.has(absolutePath)) continue;
    if (!isSupportedFile(absolutePath)) continue;
    if (isIgnoredByDefault(relativePosixPath(base, absolutePath))) continue;
    if (gitRoot && !gitRoots.filesOf(gitRoot).has(absolutePath)) continue;
    if (!isRegularFile(absolutePath)) continue;
    selected.add(absolutePath);
  }
  return [...selected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
