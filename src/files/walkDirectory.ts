import fs from 'node:fs';
import path from 'node:path';
import { IGNORED_DIRECTORY_NAMES } from './defaultIgnores';
import { GitignoreRules } from './gitignoreRules';

const IGNORED_DIRECTORIES = new Set(IGNORED_DIRECTORY_NAMES);

/**
 * The regular files under `root` (a directory outside git) that `wanted` accepts, as paths relative to
 * `root` (`/`-separated), in no particular order. What git would show of it: `.gitignore` files are
 * honoured (see GitignoreRules), and an ignored directory is never entered; nor is a default-ignored
 * one (node_modules, dist, ...). Symlinks are never followed. `wanted` sees each file's relative path
 * before its `.gitignore` rules are asked, so files of kinds never read cost no matching.
 */
export function walkDirectory(root: string, wanted: (relativePath: string) => boolean): string[] {
  const rules = new GitignoreRules(root);
  const files: string[] = [];
  const directories = [''];
  for (let directory = directories.pop(); directory !== undefined; directory = directories.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(directory === '' ? root : path.join(root, directory), { withFileTypes: true });
    } catch {
      continue; // gone, or not readable: git would skip it too
    }
    for (const entry of entries) {
      const relative = directory + entry.name;
      if (entry.isDirectory()) {
        if (!IGNORED_DIRECTORIES.has(entry.name) && !rules.ignoresEntry(`${relative}/`)) directories.push(`${relative}/`);
      } else if (entry.isFile() && wanted(relative) && !rules.ignoresEntry(relative)) {
        files.push(relative);
      }
    }
  }
  return files;
}
