import fs from 'node:fs';
import path from 'node:path';

/** `path.relative(from, to)` with `/` separators, as reports, globs and git show paths. */
export function relativePosixPath(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/** The real path (symlinks resolved), or the path itself when it cannot be resolved. */
export function realPath(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return file;
  }
}
