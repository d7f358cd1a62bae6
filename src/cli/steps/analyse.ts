import type { Worker } from 'node:worker_threads';
import type { DiscoveredFile } from '../../files/discover';
import { analyseText, analysisSettings, type AnalysedFile, type AnalyserOptions } from '../analysis/engine';
import { onOneThread, onTwoThreads } from '../analysis/threads';
import type { CliIO } from '../io';
import { createProgress } from '../progress';
import { startAnalysisWorker, workerAvailable, workerSetting } from '../startup/prestart';
import type { Outcome } from './read';

// Steps 2 and 3 of the pipeline, run together: each file is read and scanned (steps/read.ts), and the
// engine analyses the texts the scan keeps (analysis/engine.ts), on one thread or two (analysis/threads.ts).

/**
 * Runs over at least this many files read on two threads, unless MI_CODEMOD_WORKER says otherwise
 * (`1`: always, `0`: never). Below it, starting a thread costs more than it saves: a pre-commit run over
 * a few files keeps to one.
 */
export const WORKER_MIN_FILES = 1000;

/** What reading and analysing the files gave: the analysed files in order, and the files that could not be. */
export interface Analysed {
  analysed: AnalysedFile[];
  skipped: number;
  /** `file: message` of each file that could not be read or analysed (each told on stderr already). */
  failed: string[];
}

/**
 * The worker for a run of `fileCount` files, or undefined to stay on one thread: `prestarted` (bin.js
 * started it before the command line was parsed) is adopted, or stopped when the run is too small.
 */
function workerFor(fileCount: number, env: CliIO['env'], prestarted: Worker | undefined): Worker | undefined {
  const wanted = (workerSetting(env) ?? fileCount >= WORKER_MIN_FILES) && workerAvailable();
  if (!wanted) {
    void prestarted?.terminate();
    return undefined;
  }
  return prestarted ?? startAnalysisWorker();
}

/**
 * Reads every file, analyses those the text scan keeps, and returns the analyses in file order; notes
 * skipped files and reports files that failed on stderr, in file order, as they are collected. A file
 * named on the command line (`paths`: pre-commit and lint-staged name the staged files) that the scan
 * ruled out but that imports a module which may hold a legacy value is analysed too, whether that module
 * is in the run or not.
 */
export async function readAndAnalyse(
  files: readonly DiscoveredFile[],
  paths: readonly string[],
  options: AnalyserOptions,
  io: CliIO,
  prestarted?: Worker,
): Promise<Analysed> {
  const progress = createProgress(io.stdout, io.stderr, io.env, files.length);
  const worker = workerFor(files.length, io.env, prestarted);
  const outcomes = worker ? await onTwoThreads(files, options, worker, progress) : await onOneThread(files, options, progress);
  progress.clear();
  const result = collect(files, outcomes, io);
  const { namedImportersOfLegacyModules, namedPathsOf } = await import('../analysis/namedImporters.js');
  const importers = namedImportersOfLegacyModules(result.analysed, namedPathsOf(paths, options.cwd), options.cwd);
  if (importers.length > 0) {
    const settings = await analysisSettings(options);
    for (const { analysis, text } of importers)
      result.analysed[result.analysed.indexOf(analysis)] = await analyseText(analysis.absolutePath, analysis.file, text, settings);
  }
  return result;
}

/** The outcomes in file order (undefined: the scan ruled the file out), with their notes and errors written. */
function collect(files: readonly DiscoveredFile[], outcomes: ReadonlyArray<Outcome | undefined>, io: CliIO): Analysed {
  const result: Analysed = { analysed: [], skipped: 0, failed: [] };
  for (let index = 0; index < files.length; index++) {
    const outcome = outcomes[index];
    if (outcome === undefined) {
      const { absolutePath, file } = files[index];
      result.analysed.push({ kind: 'analysed', absolutePath, file, findings: [], changes: false, prefiltered: true });
    } else if (outcome.kind === 'analysed') {
      result.analysed.push(outcome);
    } else if (outcome.kind === 'skipped') {
      result.skipped++;
      io.stderr.write(`note: skipped ${outcome.file}: ${outcome.reason}\n`);
    } else if (outcome.kind === 'failed') {
      const { file, error } = outcome;
      result.failed.push(`${file}: ${error.message}`);
      const isIoError = typeof (error as NodeJS.ErrnoException).code === 'string';
      io.stderr.write(
        isIoError
          ? `mi-codemod: could not read ${file}: ${error.message}\n`
          : `mi-codemod: internal error in ${file}: ${error.stack ?? error}\n`,
      );
    }
  }
  return result;
}
