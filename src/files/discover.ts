import fs from 'node:fs';
import path from 'node:path';
import { IGNORED_GLOBS, isCleanPathIgnoredByDefault, isIgnoredByDefault } from './defaultIgnores';
import { GitRoots, type GitListing } from './gitRoots';
import { GitignoreRules } from './gitignoreRules';
import { realPath, relativePosixPath } from './posixPath';
import { walkDirectory } from './walkDirectory';
import { isSupportedFile } from '../fileKinds';

/** One file to analyse. */
export interface DiscoveredFile {
  absolutePath: string;
  /** Relative to the working directory, `/`-separated: the name reports show. */
  file: string;
}

/** What one command-line path turned out to be. */
type PathArgument =
  | { kind: 'file'; absolutePath: string }
  | { kind: 'directory'; absolutePath: string }
  | { kind: 'glob'; pattern: string }
  | { kind: 'missing' };

/** tinyglobby, loaded only for an argument that is neither a file nor a directory (a glob, or a typo). */
const globs = (): typeof import('tinyglobby') => require('tinyglobby') as typeof import('tinyglobby');

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Classifies one argument; `src\\a.ts` is read as `src/a.ts` when no file has the literal name. */
function classifyArgument(argument: string, cwd: string): PathArgument {
  const candidates = argument.includes('\\') ? [argument, argument.replace(/\\/g, '/')] : [argument];
  for (const candidate of candidates) {
    const absolutePath = path.resolve(cwd, candidate);
    const stats = statOrUndefined(absolutePath);
    if (stats?.isDirectory()) return { kind: 'directory', absolutePath: realPath(absolutePath) };
    if (stats) return { kind: 'file', absolutePath };
  }
  const pattern = candidates[candidates.length - 1];
  if (globs().isDynamicPattern(pattern)) return { kind: 'glob', pattern };
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

/**
 * Collects the selected files, each once: supported, not ignored by default, a regular file. Names
 * are made cwd-relative from git's own relative paths when the file lies under the working directory
 * (no path.relative per file). A file selected twice (by two arguments) is dropped once they are sorted.
 */
class Selection {
  private readonly selected: DiscoveredFile[] = [];
  private readonly cwdPrefixByRoot = new Map<string, string | undefined>();
  private walkBase = '';
  private walkPrefix = '';

  constructor(private readonly cwd: string) {}

  /**
   * A file git lists in `listing`; only untracked ones need an lstat (tracked ones come with a mode),
   * and only directories are checked for symlinks (once each).
   */
  addListed(listing: GitListing, gitPath: string, untracked: boolean): void {
    if (!isSupportedFile(gitPath) || isCleanPathIgnoredByDefault(gitPath)) return;
    const absolutePath = listing.absolutePathOf(gitPath);
    if (!listing.hasRealDirectories(gitPath) || (untracked && !isRegularFile(absolutePath))) return;
    const prefix = this.cwdPrefixOf(listing.root);
    const file =
      prefix !== undefined && gitPath.startsWith(prefix) ? gitPath.slice(prefix.length) : relativePosixPath(this.cwd, absolutePath);
    this.selected.push({ absolutePath, file });
  }

  /** A file walkDirectory found under `base` (supported, not ignored, a regular file: see discoverSourceFiles). */
  addWalked(base: string, relativePath: string): void {
    this.selected.push({ absolutePath: path.join(base, relativePath), file: this.cwdPrefixOfWalk(base) + relativePath });
  }

  /** A file found outside git (or named on the command line): judged relative to `base`. */
  addFound(absolutePath: string, base: string): void {
    if (!isSupportedFile(absolutePath)) return;
    if (isIgnoredByDefault(relativePosixPath(base, absolutePath)) || !isRegularFile(absolutePath)) return;
    this.selected.push({ absolutePath, file: relativePosixPath(this.cwd, absolutePath) });
  }

  /**
   * Sorted by absolute path, each once (the first selection of a path is kept). A single work tree's
   * listing usually is in order already, and so holds no path twice: then it is only checked.
   */
  files(): DiscoveredFile[] {
    const files = this.selected;
    if (files.every((file, index) => index === 0 || files[index - 1].absolutePath < file.absolutePath)) return files;
    const sorted = [...files].sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0)); // stable
    return sorted.filter((file, index) => index === 0 || sorted[index - 1].absolutePath !== file.absolutePath);
  }

  /** `base` relative to the cwd with a trailing `/` ('' when equal): a walked file's name is this and its path under `base`. */
  private cwdPrefixOfWalk(base: string): string {
    if (base !== this.walkBase) {
      const relative = relativePosixPath(this.cwd, base);
      this.walkBase = base;
      this.walkPrefix = relative === '' ? '' : `${relative}/`;
    }
    return this.walkPrefix;
  }

  /** The cwd relative to `root` with a trailing `/` ('' when equal), or undefined when cwd is outside it. */
  private cwdPrefixOf(root: string): string | undefined {
    if (!this.cwdPrefixByRoot.has(root)) {
      const relative = relativePosixPath(root, this.cwd);
      const inside = relative === '' || (!relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative));
      this.cwdPrefixByRoot.set(root, inside ? (relative === '' ? '' : `${relative}/`) : undefined);
    }
    return this.cwdPrefixByRoot.get(root);
  }
}

export interface DiscoverOptions {
  cwd: string;
  /** Told of each path argument that names nothing (neither a file, a directory nor a glob pattern). */
  onMissing?: (argument: string) => void;
  /** Told each named directory that is (or lies in) an always-ignored one: it is not entered. */
  onIgnored?: (argument: string) => void;
}

/** Above this many characters of paths, one work tree is listed whole rather than path by path (a command line has a limit: 32,767 on Windows). */
const MAX_PATHSPEC_CHARACTERS = 8000;

/** What git is asked for one work tree: all of it, or the files and directories named (relative to its root). */
interface GitRequest {
  everything: boolean;
  paths: string[];
  characters: number;
}

/**
 * The files to analyse for the given command-line paths (files, directories, globs; relative or
 * absolute), sorted by absolute path, each with its cwd-relative name. Inside a git work tree the
 * candidates are what `git ls-files -co --exclude-standard` lists, asked for only the paths named (a
 * pre-commit run over two files lists two files, not the repository); elsewhere a walk that honours
 * `.gitignore` files (walkDirectory). Default ignores, unsupported types, symlinks, files under a
 * symlinked directory and submodules are dropped without a word; a path that does not exist is dropped
 * and told to `onMissing`; a named directory that is (or lies in) an always-ignored one is told to `onIgnored`
 * and not entered. A tracked file deleted from the work tree may still be listed: readers drop a
 * file that is gone (it may also go between discovery and the read).
 */
export async function discoverSourceFiles(paths: readonly string[], options: DiscoverOptions): Promise<DiscoveredFile[]> {
  const cwd = realPath(path.resolve(options.cwd));
  const gitRoots = new GitRoots();
  const selection = new Selection(cwd);
  const requests = new Map<string, GitRequest>();
  const ask = (root: string, relativePath: string | undefined): void => {
    let request = requests.get(root);
    if (!request) requests.set(root, (request = { everything: false, paths: [], characters: 0 }));
    if (relativePath === undefined || (request.characters += relativePath.length + 12) > MAX_PATHSPEC_CHARACTERS) request.everything = true;
    else request.paths.push(relativePath);
  };
  const patterns: string[] = [];

  for (const argument of paths.length > 0 ? paths : ['.']) {
    const classified = classifyArgument(argument, cwd);
    if (classified.kind === 'missing') {
      options.onMissing?.(argument);
    } else if (classified.kind === 'file') {
      const absolutePath = path.join(realPath(path.dirname(classified.absolutePath)), path.basename(classified.absolutePath));
      const root = gitRoots.rootOf(path.dirname(absolutePath));
      if (!root) selection.addFound(absolutePath, cwd);
      else ask(root, relativePosixPath(root, absolutePath));
    } else if (classified.kind === 'directory') {
      const directory = classified.absolutePath;
      const root = gitRoots.rootOf(directory);
      // In git or not, a named directory that is (or lies in) an always-ignored one is not entered.
      if (isIgnoredByDefault(`${relativePosixPath(root ?? cwd, directory)}/file.js`)) options.onIgnored?.(argument);
      else if (root) ask(root, directory === root ? undefined : relativePosixPath(root, directory));
      else {
        for (const file of walkDirectory(directory, (relative) => isSupportedFile(relative) && !isCleanPathIgnoredByDefault(relative)))
          selection.addWalked(directory, file);
      }
    } else {
      patterns.push(classified.pattern);
    }
  }

  const listings = await Promise.all(
    [...requests].map(([root, request]) => (request.everything ? gitRoots.listingOf(root) : gitRoots.listingOfPaths(root, request.paths))),
  );
  for (const listing of listings) {
    for (const file of listing.files) selection.addListed(listing, file.path, file.untracked);
  }
  if (patterns.length > 0) await addGlobMatches(patterns, cwd, gitRoots, selection);
  return selection.files();
}

/**
 * Expands glob patterns under the cwd (tinyglobby; symlinks not followed, default ignores applied). A
 * match inside the cwd's work tree counts only when git lists it; outside git, only when no `.gitignore`
 * under the cwd ignores it.
 */
async function addGlobMatches(patterns: readonly string[], cwd: string, gitRoots: GitRoots, selection: Selection): Promise<void> {
  const found = await globs().glob([...patterns], {
    cwd,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
    ignore: [...IGNORED_GLOBS],
  });
  const cwdRoot = gitRoots.rootOf(cwd);
  const listing = cwdRoot === undefined ? undefined : await gitRoots.listingOf(cwdRoot);
  const rules = cwdRoot === undefined ? new GitignoreRules(cwd) : undefined;
  for (const file of found) {
    const absolutePath = path.resolve(file);
    if (listing && absolutePath.startsWith(listing.root + path.sep)) {
      addIfListed(selection, listing, absolutePath);
      continue;
    }
    const relative = relativePosixPath(cwd, absolutePath);
    if (rules && !relative.startsWith('../') && rules.ignores(relative)) continue;
    selection.addFound(absolutePath, cwd);
  }
}

/** A path inside a work tree is selected only when git lists it (tracked and present, or untracked and not ignored). */
function addIfListed(selection: Selection, listing: GitListing, absolutePath: string): void {
  const listed = listing.find(absolutePath);
  if (listed) selection.addListed(listing, listed.path, listed.untracked);
}

/** discoverSourceFiles as sorted absolute paths. */
export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<string[]> {
  return (await discoverSourceFiles(paths, options)).map((found) => found.absolutePath);
}
