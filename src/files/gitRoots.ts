import fs from 'node:fs';
import path from 'node:path';
import { findGitRoot, listGitWorkTree, type GitListedFile } from './gitWorkTree';
import { realPath } from './posixPath';

/** A work tree's file list (see listGitWorkTree), and a lookup by absolute path built on first use. */
export class GitListing {
  private absolutePaths: Map<string, GitListedFile> | undefined;
  private readonly realDirectories = new Map<string, boolean>();

  constructor(
    readonly root: string,
    readonly files: readonly GitListedFile[],
  ) {}

  /**
   * True when every directory between the root and this listed file is a directory, not a symlink.
   * The index may hold paths under a directory since replaced by a link (to anywhere): such a path is
   * never read nor written. One lstat per directory, remembered.
   */
  hasRealDirectories(gitPath: string): boolean {
    const slash = gitPath.lastIndexOf('/');
    return slash < 0 || this.isRealDirectory(gitPath.slice(0, slash));
  }

  private isRealDirectory(directory: string): boolean {
    let real = this.realDirectories.get(directory);
    if (real === undefined) {
      real =
        this.hasRealDirectories(directory) &&
        (fs.lstatSync(this.absolutePathOf(directory), { throwIfNoEntry: false })?.isDirectory() ?? false);
      this.realDirectories.set(directory, real);
    }
    return real;
  }

  /** The absolute path (native separators) of a path as git prints it, relative to the root. */
  absolutePathOf(gitPath: string): string {
    const native = path.sep === '/' ? gitPath : gitPath.replace(/\//g, path.sep);
    return this.root.endsWith(path.sep) ? this.root + native : this.root + path.sep + native;
  }

  /** The listed file at this absolute path, if git lists it. */
  find(absolutePath: string): GitListedFile | undefined {
    if (!this.absolutePaths) this.absolutePaths = new Map(this.files.map((file) => [this.absolutePathOf(file.path), file]));
    return this.absolutePaths.get(absolutePath);
  }
}

/** Finds and caches git work-tree roots and their file lists, one listing per root. */
export class GitRoots {
  private readonly roots: string[] = [];
  private readonly listingByRoot = new Map<string, Promise<GitListing>>();
  private readonly rootByDirectory = new Map<string, string | undefined>();

  /** The git work tree holding `directory` (an absolute real path), if any. */
  rootOf(directory: string): string | undefined {
    const known = this.roots.find((root) => directory === root || directory.startsWith(root + path.sep));
    if (known) return known;
    if (this.rootByDirectory.has(directory)) return this.rootByDirectory.get(directory);
    const root = findGitRoot(directory);
    const resolved = root === undefined ? undefined : realPath(root);
    this.rootByDirectory.set(directory, resolved);
    if (resolved) this.roots.push(resolved);
    return resolved;
  }

  /** The files git shows under `paths` (relative to `root`; see listGitWorkTree), listed now. */
  async listingOfPaths(root: string, paths: readonly string[]): Promise<GitListing> {
    return new GitListing(root, await listGitWorkTree(root, paths));
  }

  /** The files git shows in the work tree at `root` (see listGitWorkTree), listed once. */
  listingOf(root: string): Promise<GitListing> {
    let listing = this.listingByRoot.get(root);
    if (!listing) {
      listing = listGitWorkTree(root).then((files) => new GitListing(root, files));
      this.listingByRoot.set(root, listing);
    }
    return listing;
  }
}
