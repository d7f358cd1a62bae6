import { LineIndex } from '../../engine/positions';
import type { FileResult, Finding, ModuleHost } from '../../engine/types';
import type { ProjectFile } from '../../engine/project';
import { isScriptFile, loadAnalyser, type AnalyseOptions } from '../../fileKinds';
import { toReportedFinding, type ReportedFinding } from '../../reporters/model';
import { loadCompiler } from '../../files/compileCache';

// The engine as the CLI runs it on one file's text: each kind's analyser loaded on
// first use (the TypeScript compiler, with its code cache, only for the first script that needs it),
// and its result turned into what the rest of the run needs (reported findings, the change).

/** What the run's analysis needs to make its settings. */
export interface AnalyserOptions {
  cwd: string;
  apiVersion: string;
  includeDocs: boolean;
  /** False for --check, which never writes nor shows the migrated text (see MigrateOptions.verifyOutput). */
  verifyOutput: boolean;
  /** Keep a changed file's original and migrated text (fix mode writes it, --dry shows its diff); --check keeps none. */
  keepTexts: boolean;
}

export interface AnalysisSettings extends AnalyserOptions {
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
  /** The fix changes the file. */
  changes: boolean;
  /** Original and migrated text of a file that changes, when the run keeps them (AnalyserOptions.keepTexts). */
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

/** The settings of a run: the module host of cross-file values and the lockfile reader. */
export async function analysisSettings(options: AnalyserOptions): Promise<AnalysisSettings> {
  const [{ diskModuleHost }, { lockfileSdkVersions }] = await Promise.all([
    import('../../files/moduleHost.js'),
    import('./lockfileVersions.js'),
  ]);
  return { ...options, modules: diskModuleHost(options.cwd), sdkVersionsOf: lockfileSdkVersions(options.cwd) };
}

/**
 * Runs the engine on a file's text as readForAnalysis returned it: the text scan has kept it already
 * (or was skipped on purpose), so the engine does not scan it again. Engine exceptions propagate.
 */
export async function analyseText(absolutePath: string, file: string, text: string, settings: AnalysisSettings): Promise<AnalysedFile> {
  const script = isScriptFile(file);
  if (script) loadCompiler();
  const analyse = await loadAnalyser(file);
  const result = analyse(text, {
    filename: file,
    apiVersion: settings.apiVersion,
    includeDocs: settings.includeDocs,
    modules: settings.modules,
    skipPrefilter: true,
    verifyOutput: settings.verifyOutput,
    legacySdkVersions: script ? await settings.sdkVersionsOf?.(absolutePath) : undefined,
  });
  return analysisOf(absolutePath, file, text, result, settings.keepTexts);
}

/** The engine's parse-error finding, or one made from `parseError` should the engine omit it. */
function withParseErrorFinding(findings: Finding[], parseError: { message: string; loc: { line: number; column: number } }): Finding[] {
  if (findings.some((finding) => finding.ruleId === 'parse-error')) return findings;
  const loc = { start: parseError.loc, end: parseError.loc };
  return [...findings, { ruleId: 'parse-error', severity: 'error', message: parseError.message, start: 0, end: 0, loc }];
}

/**
 * The CLI's view of one engine result: reported findings, whether the file changes (with both texts
 * when `keepTexts`), and what a cross-file group needs.
 */
export function analysisOf(absolutePath: string, file: string, text: string, result: FileResult, keepTexts: boolean): AnalysedFile {
  const changes = result.changed && result.output !== text;
  const lines = new LineIndex(text);
  const findings = result.parseError ? withParseErrorFinding(result.findings, result.parseError) : result.findings;
  return {
    kind: 'analysed',
    absolutePath,
    file,
    // A file whose fix is all in another module (its URL const) is fixed when its group is: see steps/reconcile.ts.
    findings: findings.map((finding) => toReportedFinding(finding, file, changes || (result.externalEdits?.length ?? 0) > 0, lines)),
    changes,
    change: changes && keepTexts ? { before: text, after: result.output } : undefined,
    parseError: result.parseError
      ? { message: result.parseError.message, line: result.parseError.loc.line, column: result.parseError.loc.column }
      : undefined,
    project: result.externalEdits || result.legacyExports || result.blockedModules ? { filename: file, text, result } : undefined,
  };
}
