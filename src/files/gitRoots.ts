import path from 'node:path';
import { findGitRoot, listGitFiles } from './gitWorkTree';
import { realPath } from './posixPath';

/** Finds and caches git work-tree roots and their file lists, one `git ls-files` per root. */
export class GitRoots {
  private readonly roots: string[] = [];
  private readonly filesByRoot = new Map<string, Set<string>>();
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

  /** What `git ls-files -co --exclude-standard` lists in `root`, as absolute paths. */
  filesOf(root: string): Set<string> {
    let files = this.filesByRoot.get(root);
    if (!files) {
      files = listGitFiles(root);
      this.filesByRoot.set(root, files);
    }
    return files;
  }
}

