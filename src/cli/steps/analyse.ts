import type { DiscoveredFile } from '../../files/discover';
import type { AnalysedFile } from '../analysis/engine';
import type { Analyser } from '../analysis/threads';
import type { CliIO } from '../io';
import type { ReadFailure, ReadOutcome } from './read';

// Step 3 of the pipeline: the engine analyses each text the read step's scan kept, as soon as it is
// read: on the main thread in a small run, on a second thread in a large one (analysis/threads.ts),
// while the main thread reads on. No text is held longer than its analysis (--check keeps none after
// it), and the texts waiting for the second thread are bounded (MAX_WAITING_TEXT).

/** What reading and analysing the files gave: the analysed files in order, and the files that could not be. */
export interface Analysed {
  analysed: AnalysedFile[];
  skipped: number;
  /** `file: message` of each file that could not be read or analysed (each told on stderr already). */
  failed: string[];
}

/** The most text (UTF-16 code units) sent to the analysis thread and not yet answered: the read waits beyond it. */
const MAX_WAITING_TEXT = 16 * 1024 * 1024;

/** One file's outcome, in file order: known at once, or its analysis under way. */
type Slot =
  | { kind: 'done'; analysis: AnalysedFile }
  | { kind: 'pending'; file: string; analysis: Promise<AnalysedFile>; length: number }
  | { kind: 'failed'; file: string; error: Error }
  | { kind: 'skipped'; note: string };

/**
 * Analyses the texts `reads` kept with `analyser` and returns every file's analysis in file order; once
 * the files are read, notes the skipped ones and reports those that failed on stderr, in file order. A
 * file named on the command line (`paths`: pre-commit and lint-staged name the staged files) that the scan
 * ruled out but that imports a module which may hold a legacy value is analysed too, whether that module
 * is in the run or not. The caller closes `analyser`.
 */
export async function analyse(
  reads: Iterable<[DiscoveredFile, ReadOutcome | ReadFailure]>,
  analyser: Analyser,
  paths: readonly string[],
  cwd: string,
  io: CliIO,
): Promise<Analysed> {
  const result = await settle(await startAll(reads, analyser), io);
  const { namedImportersOfLegacyModules, namedPathsOf } = await import('../analysis/namedImporters.js');
  const importers = namedImportersOfLegacyModules(result.analysed, namedPathsOf(paths, cwd), cwd);
  for (const { analysis, text } of importers)
    result.analysed[result.analysed.indexOf(analysis)] = await analyser.analyse(analysis.absolutePath, analysis.file, text);
  return result;
}

/** Reads every file and starts the analysis of each kept text: awaited in turn on one thread; on two, the oldest beyond MAX_WAITING_TEXT. */
async function startAll(reads: Iterable<[DiscoveredFile, ReadOutcome | ReadFailure]>, analyser: Analyser): Promise<Slot[]> {
  const slots: Slot[] = [];
  const waiting: Array<Extract<Slot, { kind: 'pending' }>> = [];
  let waitingText = 0;
  for (const [{ absolutePath, file }, read] of reads) {
    if (read.kind === 'ruled-out') {
      slots.push({ kind: 'done', analysis: { kind: 'analysed', absolutePath, file, findings: [], changes: false, prefiltered: true } });
    } else if (read.kind === 'text') {
      const slot = { kind: 'pending' as const, file, analysis: analyser.analyse(absolutePath, file, read.text), length: read.text.length };
      slot.analysis.catch(() => {}); // reported by settle(), in file order
      slots.push(slot);
      if (analyser.inline) await slot.analysis.catch(() => {});
      else {
        waiting.push(slot);
        for (waitingText += slot.length; waitingText > MAX_WAITING_TEXT;) {
          const oldest = waiting.shift()!;
          await oldest.analysis.catch(() => {});
          waitingText -= oldest.length;
        }
      }
    } else if (read.kind === 'failed') {
      slots.push({ kind: 'failed', file, error: read.error });
    } else if (read.kind === 'analysed') {
      slots.push({ kind: 'done', analysis: read });
    } else if (read.kind === 'skipped') {
      slots.push({ kind: 'skipped', note: `note: skipped ${read.file}: ${read.reason}\n` });
    }
  }
  return slots;
}

/** Every slot's outcome, in file order; notes and failures told on stderr once, in file order too. */
async function settle(slots: readonly Slot[], io: CliIO): Promise<Analysed> {
  const result: Analysed = { analysed: [], skipped: 0, failed: [] };
  const notes: string[] = [];
  const failed = (file: string, error: Error): void => {
    result.failed.push(`${file}: ${error.message}`);
    const isIoError = typeof (error as NodeJS.ErrnoException).code === 'string';
    notes.push(
      isIoError
        ? `mi-codemod: could not read ${file}: ${error.message}\n`
        : `mi-codemod: internal error in ${file}: ${error.stack ?? error}\n`,
    );
  };
  for (const slot of slots) {
    if (slot.kind === 'done') result.analysed.push(slot.analysis);
    else if (slot.kind === 'failed') failed(slot.file, slot.error);
    else if (slot.kind === 'skipped') {
      result.skipped++;
      notes.push(slot.note);
    } else {
      try {
        result.analysed.push(await slot.analysis);
      } catch (error) {
        failed(slot.file, error as Error);
      }
    }
  }
  if (notes.length > 0) io.stderr.write(notes.join(''));
  return result;
}
