import { LineIndex } from '../engine/positions';
import type { FileResult, Finding, ModuleHost } from '../engine/types';
import type { ProjectFile } from '../engine/project';
import { hasHugeLine, readCandidate, readSourceText } from '../files/readSourceFile';
import { isScriptFile, loadAnalyser, mayContainPattern, mayContainPatternBytes, type AnalyseOptions } from '../fileKinds';
import { toReportedFinding, type ReportedFinding } from '../reporters/model';
import { compileCacheDir, loadWithCompileCache, type CachedModuleLoad } from './compileCache';

export interface AnalysisSettings {
  apiVersion: string;
  includeDocs: boolean;
  /** The engine's safety-net re-parse of migrated scripts (see MigrateOptions.verifyOutput). */
  verifyOutput: boolean;
  modules?: ModuleHost;
  /** The legacy SDK versions of a file's project (from its lockfile). */
  sdkVersionsOf?: (absolutePath: string) => Promise<AnalyseOptions['legacySdkVersions']>;
}

/** A file the engine looked at (or the text scan ruled out). */
export interface AnalysedFile {
  kind: 'analysed';
  absolutePath: string;
  file: string;
  /** Every finding; `fixable` marks those whose fix the migrated text contains. */
  findings: ReportedFinding[];
  /** Original and migrated text, kept only when the file changes. */
  change?: { before: string; after: string };
  parseError?: { message: string; line: number; column: number };
  /** True when the text scan ruled the file out (it was not parsed). */
  prefiltered?: boolean;
  /** The engine's result with the text, kept for script files that take part in a cross-file group. */
  project?: ProjectFile;
}

/** A file not analysed, and why (shown as a note). */
export interface SkippedFile {
  kind: 'skipped';
  file: string;
  reason: string;
}

/** A listed file that is gone by the time it is read (deleted, replaced by a symlink or a directory): dropped without a word. */
export interface MissingFile {
  kind: 'missing';
  file: string;
}

/** The outcome of reading and analysing one file. */
export type FileAnalysis = AnalysedFile | SkippedFile | MissingFile;

/** What reading a file decides before the engine: an outcome already, or the text to analyse. */
export type ReadOutcome = FileAnalysis | { kind: 'text'; text: string };

let engine: Promise<typeof import('../engine/migrateSource.js')> | undefined;
let compiler: CachedModuleLoad | undefined;

/** The engine's parser, as src/engine/typescript.ts requires it. */
const COMPILER_MODULE = '@ts-morph/common/dist/typescript.js';

/**
 * The script engine, loaded once, on the first file the text scan keeps. Its TypeScript compiler is
 * loaded first, with its code cache (see compileCache.ts): the engine's require then finds it loaded.
 * The infrastructure analysers are loaded only for a file that needs them (analyseText).
 */
export function loadEngine(): Promise<typeof import('../engine/migrateSource.js')> {
  if (!engine) {
    try {
      compiler = loadWithCompileCache(require.resolve(COMPILER_MODULE), compileCacheDir(process.env));
    } catch {
      // Left to the engine's own require, which reports what is wrong.
    }
    engine = import('../engine/migrateSource.js');
  }
  return engine;
}

/** Writes the compiler's code cache when this run made it (see compileCache.ts); call once the run has parsed its files. */
export function saveCompileCache(): void {
  compiler?.save();
  compiler = undefined;
}

/** The engine's parse-error finding, or one made from `parseError` should the engine omit it. */
function withParseErrorFinding(findings: Finding[], parseError: { message: string; loc: { line: number; column: number } }): Finding[] {
  if (findings.some((finding) => finding.ruleId === 'parse-error')) return findings;
  const loc = { start: parseError.loc, end: parseError.loc };
  return [...findings, { ruleId: 'parse-error', severity: 'error', message: parseError.message, start: 0, end: 0, loc }];
}

/**
 * Reads one file and decides what the engine need not: ruled out by the text scan (unless
 * `skipPrefilter`), skipped (binary, too big, not UTF-8, minified), gone, or the text to analyse.
 * Synchronous, and loads nothing of the engine.
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
  if (read.kind === 'irrelevant') return { kind: 'analysed', absolutePath, file, findings: [], prefiltered: true };
  if (read.kind === 'skipped') return { kind: 'skipped', file, reason: read.reason };
  if (isScriptFile(file) && hasHugeLine(read.text))
    return { kind: 'skipped', file, reason: 'looks minified or generated (a line over 10,000 characters)' };
  return read;
}

/**
 * Runs the engine on a file's text as readForAnalysis returned it: the text scan has kept it already
 * (or was skipped on purpose), so the engine does not scan it again. Engine exceptions propagate.
 */
export async function analyseText(absolutePath: string, file: string, text: string, settings: AnalysisSettings): Promise<AnalysedFile> {
  await loadEngine();
  const analyse = await loadAnalyser(file);
  const result = analyse(text, {
    filename: file,
    apiVersion: settings.apiVersion,
    includeDocs: settings.includeDocs,
    modules: settings.modules,
    skipPrefilter: true,
    verifyOutput: settings.verifyOutput,
    legacySdkVersions: isScriptFile(file) ? await settings.sdkVersionsOf?.(absolutePath) : undefined,
  });
  return analysisOf(absolutePath, file, text, result);
}

/** The CLI's view of one engine result: reported findings, the change, and what a cross-file group needs. */
export function analysisOf(absolutePath: string, file: string, text: string, result: FileResult): AnalysedFile {
  const changed = result.changed && result.output !== text;
  const lines = new LineIndex(text);
  const findings = result.parseError ? withParseErrorFinding(result.findings, result.parseError) : result.findings;
  return {
    kind: 'analysed',
    absolutePath,
    file,
    // A file whose fix is all in another module (its URL const) is fixed when its group is: see resolveCrossFileGroups.
    findings: findings.map((finding) => toReportedFinding(finding, file, changed || (result.externalEdits?.length ?? 0) > 0, lines)),
    change: changed ? { before: text, after: result.output } : undefined,
    parseError: result.parseError
      ? { message: result.parseError.message, line: result.parseError.loc.line, column: result.parseError.loc.column }
      : undefined,
    project: result.externalEdits || result.legacyExports ? { filename: file, text, result } : undefined,
  };
}
