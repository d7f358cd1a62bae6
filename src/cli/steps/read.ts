import type { DiscoveredFile } from '../../files/discover';
import { hasHugeLine, readCandidate, readSourceText } from '../../files/readSourceFile';
import { isScriptFile, mayContainPattern, mayContainPatternBytes } from '../../fileKinds';
import type { FileAnalysis } from '../analysis/engine';
import type { CliIO } from '../io';
import { createProgress } from '../progress';

// Step 2 of the pipeline: read each file and decide with the text scan whether it is worth analysing.
// Synchronous on purpose: three system calls per file (open, read, close) into one reused buffer, no
// promise per file, no string made of a file whose bytes hold none of the markers; most files end here.
// One file at a time, on one thread: the analyse step takes each file as it is read, so no text is held
// longer than its analysis. (A second thread that read half of the files was measured and removed: on
// two cores it bought nothing the run could count on, for 5-50 MB more memory; see docs/bench.md.)

/** A file the text scan ruled out: one shared value (most files end here; nothing to allocate for them). */
export interface RuledOut {
  kind: 'ruled-out';
}
export const RULED_OUT: RuledOut = Object.freeze({ kind: 'ruled-out' });

/** What reading one file decided: ruled out by the text scan (most files), an outcome already (skipped, gone), or the text to analyse. */
export type ReadOutcome = RuledOut | FileAnalysis | { kind: 'text'; text: string };

/** A file that could not be read: the exception reading it threw. */
export interface ReadFailure {
  kind: 'failed';
  error: Error;
}

/**
 * Reads the files in order, yielding each with what reading decided (readForAnalysis), lazily: the next
 * file is read when the consumer asks for it. Draws the progress bar (see progress.ts) and clears it
 * when the last file is read, or when the consumer stops early.
 */
export function* read(files: readonly DiscoveredFile[], io: CliIO): Generator<[DiscoveredFile, ReadOutcome | ReadFailure]> {
  const progress = createProgress(io.stdout, io.stderr, io.env, files.length);
  try {
    for (const file of files) {
      progress.advance(file.file);
      let outcome: ReadOutcome | ReadFailure;
      try {
        outcome = readForAnalysis(file.absolutePath, file.file);
      } catch (error) {
        outcome = { kind: 'failed', error: error as Error };
      }
      yield [file, outcome];
    }
  } finally {
    progress.clear();
  }
}

/**
 * Reads one file and decides what the engine need not: ruled out by the text scan (unless
 * `skipPrefilter`), skipped (binary, too big, not UTF-8, minified), gone, or the text to analyse.
 * Loads nothing of the engine.
 */
export function readForAnalysis(absolutePath: string, file: string, skipPrefilter = false): ReadOutcome {
  const read = skipPrefilter
    ? readSourceText(absolutePath)
    : readCandidate(
        absolutePath,
        (ascii) => mayContainPattern(ascii, file),
        (bytes) => mayContainPatternBytes(bytes, file),
      );
  if (read.kind === 'missing') return { kind: 'missing', file };
  if (read.kind === 'irrelevant') return RULED_OUT;
  if (read.kind === 'skipped') return { kind: 'skipped', file, reason: read.reason };
  if (isScriptFile(file) && hasHugeLine(read.text))
    return { kind: 'skipped', file, reason: 'looks minified or generated (a line over 10,000 characters)' };
  return read;
}
