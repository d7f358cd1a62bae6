import fs from 'node:fs';
import path from 'node:path';
import { IGNORED_GLOBS, isCleanPathIgnoredByDefault, isIgnoredByDefault } from './defaultIgnores';
import { GitRoots, type GitListing } from './gitRoots';
import { realPath, relativePosixPath } from './posixPath';
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

type Globby = typeof import('globby');

function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Classifies one argument; `src\\a.ts` is read as `src/a.ts` when no file has the literal name. */
async function classifyArgument(argument: string, cwd: string, loadGlobby: () => Promise<Globby>): Promise<PathArgument> {
  const candidates = argument.includes('\\') ? [argument, argument.replace(/\\/g, '/')] : [argument];
  for (const candidate of candidates) {
    const absolutePath = path.resolve(cwd, candidate);
    const stats = statOrUndefined(absolutePath);
    if (stats?.isDirectory()) return { kind: 'directory', absolutePath: realPath(absolutePath) };
    if (stats) return { kind: 'file', absolutePath };
  }
  const pattern = candidates[candidates.length - 1];
  if ((await loadGlobby()).isDynamicPattern(pattern)) return { kind: 'glob', pattern };
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
}

/**
 * The files to analyse for the given command-line paths (files, directories, globs; relative or
 * absolute), sorted by absolute path, each with its cwd-relative name. Inside a git work tree the
 * candidates are what `git ls-files -co --exclude-standard` lists; elsewhere globby with `.gitignore`
 * support (loaded only then). Default ignores, unsupported types, symlinks, files under a symlinked
 * directory and submodules are dropped without a word; a path that does not exist is dropped and told
 * to `onMissing`. A tracked file deleted from the work tree may still be listed: readers drop a file
 * that is gone (it may also go between discovery and the read).
 */
export async function discoverSourceFiles(paths: readonly string[], options: DiscoverOptions): Promise<DiscoveredFile[]> {
  let globbyModule: Promise<Globby> | undefined;
  const loadGlobby = () => (globbyModule ??= import('globby'));
  const cwd = realPath(path.resolve(options.cwd));
  const gitRoots = new GitRoots();
  const selection = new Selection(cwd);

  for (const argument of paths.length > 0 ? paths : ['.']) {
    const classified = await classifyArgument(argument, cwd, loadGlobby);
    if (classified.kind === 'missing') {
      options.onMissing?.(argument);
      continue;
    }
    if (classified.kind === 'file') {
      const absolutePath = path.join(realPath(path.dirname(classified.absolutePath)), path.basename(classified.absolutePath));
      const root = gitRoots.rootOf(path.dirname(absolutePath));
      if (!root) selection.addFound(absolutePath, cwd);
      else addIfListed(selection, await gitRoots.listingOf(root), absolutePath);
      continue;
    }
    if (classified.kind === 'directory') {
      const directory = classified.absolutePath;
      const root = gitRoots.rootOf(directory);
      if (root) {
        const listing = await gitRoots.listingOf(root);
        const inside = directory === root ? '' : `${relativePosixPath(root, directory)}/`;
        for (const file of listing.files) {
          if (file.path.startsWith(inside)) selection.addListed(listing, file.path, file.untracked);
        }
      } else {
        const found = await (
          await loadGlobby()
        ).globby('**/*', {
          cwd: directory,
          absolute: true,
          dot: true,
          onlyFiles: true,
          followSymbolicLinks: false,
          gitignore: true,
          ignore: [...IGNORED_GLOBS],
        });
        for (const file of found) selection.addFound(path.resolve(file), directory);
      }
      continue;
    }
    const cwdRoot = gitRoots.rootOf(cwd);
    const found = await (
      await loadGlobby()
    ).globby(classified.pattern, {
      cwd,
      absolute: true,
      dot: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      gitignore: !cwdRoot,
      ignore: [...IGNORED_GLOBS],
    });
    const listing = cwdRoot === undefined ? undefined : await gitRoots.listingOf(cwdRoot);
    for (const file of found) {
      const absolutePath = path.resolve(file);
      if (listing && absolutePath.startsWith(listing.root + path.sep)) addIfListed(selection, listing, absolutePath);
      else selection.addFound(absolutePath, cwd);
    }
  }
  return selection.files();
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
