import path from 'node:path';
import { GitRoots } from './gitRoots';
import { listDirtyFiles } from './gitWorkTree';

/**
 * Of the given absolute paths, those inside a git work tree whose unstaged changes a rewrite would
 * mix with its own (see listDirtyFiles). Files outside any work tree are never reported.
 */
export function findUncommittedChanges(files: readonly string[]): string[] {
  const gitRoots = new GitRoots();
  const dirtyByRoot = new Map<string, Set<string>>();
  const dirty: string[] = [];
  for (const file of files) {
    const root = gitRoots.rootOf(path.dirname(file));
    if (!root) continue;
    let dirtyFiles = dirtyByRoot.get(root);
    if (!dirtyFiles) {
      dirtyFiles = listDirtyFiles(root);
      dirtyByRoot.set(root, dirtyFiles);
    }
    if (dirtyFiles.has(file)) dirty.push(file);
  }
  return dirty;
}
