import { fileMode } from '../../files/readSourceFile';
import type { AnalysedFile } from '../analysis/engine';
import type { CliOptions } from '../args';
import type { CliIO } from '../io';

// Step 5 of the pipeline: fix mode writes the migrated files (--check and --dry write nothing). The
// writer and git's status are loaded only here, when there is something to write.

/** Tells the user why nothing was written: which files hold uncommitted changes and what to do. */
function refusalMessage(dirtyFiles: readonly string[]): string {
  return (
    `mi-codemod: refusing to write ${dirtyFiles.length === 1 ? 'a file that has' : `${dirtyFiles.length} files that have`} ` +
    'uncommitted changes (nothing was written):\n' +
    dirtyFiles.map((file) => `  ${file}\n`).join('') +
    'Commit or stash your changes first (staged changes are fine: `git add` them), preview with --dry, or rerun with --force.\n' +
    `exit 2: ${dirtyFiles.length === 1 ? '1 file has' : `${dirtyFiles.length} files have`} uncommitted changes; rerun with --force to write anyway\n`
  );
}

/**
 * In fix mode, writes every file that changes, atomically and keeping its mode, unless one of them has
 * unstaged changes in its git work tree (then nothing at all is written, and without --force the run
 * ends with exit 2: returned after saying why). A file that cannot be written keeps its old text, its
 * fixes become findings left, and `file: could not write: why` is returned with the others.
 */
export async function write(analysed: readonly AnalysedFile[], options: CliOptions, io: CliIO): Promise<string[] | 2> {
  const changed = analysed.filter((analysis) => analysis.change !== undefined);
  if (options.mode !== 'fix' || changed.length === 0) return [];
  if (!options.force) {
    const { findUncommittedChanges } = await import('../../files/uncommittedChanges.js');
    const dirty = new Set(findUncommittedChanges(changed.map((analysis) => analysis.absolutePath)));
    if (dirty.size > 0) {
      io.stderr.write(refusalMessage(changed.filter((analysis) => dirty.has(analysis.absolutePath)).map((analysis) => analysis.file)));
      return 2;
    }
  }
  const { writeFileAtomic } = await import('../../files/writeFileAtomic.js');
  const failed: string[] = [];
  for (const analysis of changed) {
    try {
      await writeFileAtomic(analysis.absolutePath, analysis.change!.after, fileMode(analysis.absolutePath));
    } catch (error) {
      failed.push(`${analysis.file}: could not write: ${(error as Error).message}`);
      analysis.change = undefined;
      analysis.changes = false;
      for (const finding of analysis.findings) finding.fixable = false;
    }
  }
  return failed;
}
