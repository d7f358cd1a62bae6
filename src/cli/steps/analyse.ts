import type { DiscoveredFile } from '../../files/discover';
import { saveCompilerCache } from '../../files/compileCache';
import { analyseText, analysisSettings, type AnalysedFile, type AnalyserOptions, type AnalysisSettings } from '../analysis/engine';
import type { CliIO } from '../io';
import type { ReadFailure, ReadOutcome } from './read';

// Step 3 of the pipeline: the engine (analysis/engine.ts) analyses each text the read step's scan kept,
// as soon as it is read, so no text is held longer than its analysis (--check keeps none after it).

/** What reading and analysing the files gave: the analysed files in order, and the files that could not be. */
export interface Analysed {
  analysed: AnalysedFile[];
  skipped: number;
  /** `file: message` of each file that could not be read or analysed (each told on stderr already). */
  failed: string[];
}

/**
 * Analyses the texts `reads` kept and returns every file's analysis in file order; once the files are
 * read, notes the skipped ones and reports those that failed on stderr, in file order. A file named on
 * the command line (`paths`: pre-commit and lint-staged name the staged files) that the scan ruled out
 * but that imports a module which may hold a legacy value is analysed too, whether that module is in
 * the run or not.
 */
export async function analyse(
  reads: Iterable<[DiscoveredFile, ReadOutcome | ReadFailure]>,
  paths: readonly string[],
  options: AnalyserOptions,
  io: CliIO,
): Promise<Analysed> {
  const result: Analysed = { analysed: [], skipped: 0, failed: [] };
  const notes: string[] = [];
  // Made by the first text that needs the engine: a run whose scan keeps nothing never loads it.
  let settings: Promise<AnalysisSettings> | undefined;
  const failed = (file: string, error: Error): void => {
    result.failed.push(`${file}: ${error.message}`);
    const isIoError = typeof (error as NodeJS.ErrnoException).code === 'string';
    notes.push(
      isIoError
        ? `mi-codemod: could not read ${file}: ${error.message}\n`
        : `mi-codemod: internal error in ${file}: ${error.stack ?? error}\n`,
    );
  };
  for (const [{ absolutePath, file }, read] of reads) {
    if (read.kind === 'ruled-out') {
      result.analysed.push({ kind: 'analysed', absolutePath, file, findings: [], changes: false, prefiltered: true });
    } else if (read.kind === 'text') {
      try {
        result.analysed.push(await analyseText(absolutePath, file, read.text, await (settings ??= analysisSettings(options))));
      } catch (error) {
        failed(file, error as Error);
      }
    } else if (read.kind === 'failed') {
      failed(file, read.error);
    } else if (read.kind === 'analysed') {
      result.analysed.push(read);
    } else if (read.kind === 'skipped') {
      result.skipped++;
      notes.push(`note: skipped ${read.file}: ${read.reason}\n`);
    }
  }
  if (notes.length > 0) io.stderr.write(notes.join(''));

  const { namedImportersOfLegacyModules, namedPathsOf } = await import('../analysis/namedImporters.js');
  const importers = namedImportersOfLegacyModules(result.analysed, namedPathsOf(paths, options.cwd), options.cwd);
  if (importers.length > 0) {
    settings ??= analysisSettings(options);
    for (const { analysis, text } of importers)
      result.analysed[result.analysed.indexOf(analysis)] = await analyseText(analysis.absolutePath, analysis.file, text, await settings);
  }
  if (settings) saveCompilerCache(); // the compiler's code cache, once the run has parsed (see files/compileCache.ts)
  return result;
}
