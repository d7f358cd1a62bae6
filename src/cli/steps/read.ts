import type { DiscoveredFile } from '../../files/discover';
import { hasHugeLine, readCandidate, readSourceText } from '../../files/readSourceFile';
import { isScriptFile, mayContainPattern, mayContainPatternBytes } from '../../fileKinds';
import type { FileAnalysis } from '../analysis/engine';

// Step 2 of the pipeline: read each file and decide with the text scan whether it is worth analysing.
// Both threads of a run read (see analysis/twoThreads.ts): they take the files in chunks from one
// shared cursor, so whichever is free reads the next chunk. Synchronous on purpose: three system calls
// per file (open, read, close) into one reused buffer, no promise per file; most files end here.

/** What reading one file decided: ruled out by the text scan (most files), an outcome already (skipped, gone), or the text to analyse. */
export type ReadOutcome = RuledOut | FileAnalysis | { kind: 'text'; text: string };

/** A file the text scan ruled out: one shared value (most files end here; nothing to allocate for them). */
export interface RuledOut {
  kind: 'ruled-out';
}
export const RULED_OUT: RuledOut = Object.freeze({ kind: 'ruled-out' });

/** A file's outcome, or the exception reading or analysing it threw. */
export type Outcome = FileAnalysis | { kind: 'failed'; file: string; error: Error };

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

/** How many files a thread takes from the cursor at a time: few enough to share the end of a run, enough to make taking cheap. */
export const CHUNK_FILES = 32;

/**
 * The next file to read, shared by the threads of a run: an Int32 in a SharedArrayBuffer that each
 * thread advances by a chunk with one atomic add. A run without a worker uses it alone.
 */
export class FileCursor {
  readonly buffer: SharedArrayBuffer;
  private readonly next: Int32Array;

  constructor(buffer = new SharedArrayBuffer(4)) {
    this.buffer = buffer;
    this.next = new Int32Array(buffer);
  }

  /** The first index of the chunk this thread now owns (at or past the end when there is none left). */
  take(): number {
    return Atomics.add(this.next, 0, CHUNK_FILES);
  }

  /** How many files the threads have taken so far (at most `total`). */
  taken(total: number): number {
    return Math.min(Atomics.load(this.next, 0), total);
  }
}

/**
 * Reads the chunk of files from `from`, yielding each index with what reading decided, in order. The
 * exception of a file that could not be read (other than being gone) is that file's outcome.
 */
export function* readChunk(files: readonly DiscoveredFile[], from: number): Generator<[number, ReadOutcome | Outcome]> {
  const to = Math.min(from + CHUNK_FILES, files.length);
  for (let index = from; index < to; index++) {
    const { absolutePath, file } = files[index];
    try {
      yield [index, readForAnalysis(absolutePath, file)];
    } catch (error) {
      yield [index, { kind: 'failed', file, error: error as Error }];
    }
  }
}
