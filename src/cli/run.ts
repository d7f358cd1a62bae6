import path from 'node:path';
import { discoverSourceFiles, type DiscoveredFile } from '../files/discover';
import { realPath } from '../files/posixPath';
import { fileMode } from '../files/readSourceFile';
import { createColors, shouldColour } from '../reporters/colors';
import { formatReport, isDocumentFormat } from '../reporters/formatReport';
import { buildRunReport } from '../reporters/buildReport';
import { formatSummary } from '../reporters/summary';
import { readForAnalysis, type AnalysedFile, type FileAnalysis } from './analyseOneFile';
import type { Worker } from 'node:worker_threads';
import { analysisSettings, inThreadAnalyser, workerAnalyser, type Analyser, type AnalyserOptions } from './analysers';
import { likelyLargeRun, workerAvailable, workerSetting } from './prestart';
import { parseArguments, type CliOptions } from './args';
import { exitStatus } from './exitStatus';
import type { CliIO } from './io';
import { toolVersion } from './packageInfo';
import { createProgress, type Progress } from './progress';

/** A file's outcome, or the exception its analysis threw. */
type Outcome = FileAnalysis | { kind: 'failed'; file: string; error: Error };

/**
 * Reads and scans the files here, one after the other, and gives the texts worth parsing to the
 * analyser; records every outcome in file order (a worker's answers once all are in). A function of
 * its own because V8 optimises this loop while it runs, and the smaller the function, the less that costs.
 */
async function readAndAnalyse(
  files: readonly DiscoveredFile[],
  analyser: Analyser,
  progress: Progress,
  record: (outcome: Outcome) => void,
): Promise<void> {
  const later: Array<Outcome | Promise<Outcome>> = [];
  for (const { absolutePath, file } of files) {
    progress.advance(file);
    let outcome: Outcome | Promise<Outcome>;
    try {
      const read = readForAnalysis(absolutePath, file);
      outcome =
        read.kind !== 'text'
          ? read
          : analyser.analyse(absolutePath, file, read.text).catch((error: Error) => ({ kind: 'failed' as const, file, error }));
    } catch (error) {
      outcome = { kind: 'failed', file, error: error as Error };
    }
    if (analyser.inline) record(await outcome);
    else later.push(outcome);
  }
  for (const outcome of later) record(await outcome);
}

/**
 * Runs with at least this many files analyse on a worker thread (see workerAnalyser), unless the
 * MI_CODEMOD_WORKER variable says otherwise (`1`: always, `0`: never). Below it there is nothing to
 * overlap: a pre-commit run over a few files keeps everything on one thread.
 */
const WORKER_MIN_FILES = 50;

/**
 * The analyser for a run of `fileCount` files (see WORKER_MIN_FILES). `early` is a worker started before
 * the files were counted (so that it loads the engine during discovery): used, or stopped.
 */
async function chooseAnalyser(
  fileCount: number,
  analyserOptions: AnalyserOptions,
  env: CliIO['env'],
  early: Analyser | undefined,
): Promise<Analyser> {
  const wanted = (workerSetting(env) ?? fileCount >= WORKER_MIN_FILES) && workerAvailable();
  if (wanted) return early ?? workerAnalyser(analyserOptions);
  await early?.close();
  return inThreadAnalyser(analyserOptions);
}

/** Tells the user why nothing was written: which files hold uncommitted changes and what to do. */
function refusalMessage(dirtyFiles: readonly string[]): string {
  return (
    `mi-codemod: refusing to write ${dirtyFiles.length === 1 ? 'a file that has' : `${dirtyFiles.length} files that have`} ` +
    'uncommitted changes (nothing was written):\n' +
    dirtyFiles.map((file) => `  ${file}\n`).join('') +
    'Commit or stash your changes first (staged changes are fine: `git add` them), preview with --dry, or rerun with --force.\n'
  );
}

/**
 * Reads, analyses and (in fix mode) writes the files; prints the report; returns the exit code.
 * `prestarted` is a worker bin.js started before the command line was parsed (see prestartWorker).
 */
async function migrate(options: CliOptions, io: CliIO, version: string, prestarted: Worker | undefined): Promise<number> {
  const cwd = realPath(path.resolve(io.cwd));
  const stdoutColors = createColors(shouldColour(io.stdout.isTTY, io.env));
  const summaryStream = isDocumentFormat(options.format) ? io.stderr : io.stdout;
  const summaryColors = createColors(shouldColour(summaryStream.isTTY, io.env));

  // --check writes and shows no migrated text, so it skips the engine's safety-net re-parse of it (a
  // fifth of the analysis): fix mode and --dry still refuse any rewrite that would not parse.
  const analyserOptions: AnalyserOptions = {
    cwd,
    apiVersion: options.apiVersion,
    includeDocs: options.includeDocs,
    verifyOutput: options.mode !== 'check',
  };
  // A run over a directory is likely large: its worker (if bin.js has not started it yet) starts now and
  // loads the engine during discovery.
  const startEarly = !prestarted && workerSetting(io.env) !== false && workerAvailable() && likelyLargeRun(options.paths, cwd);
  const early = prestarted ? workerAnalyser(analyserOptions, prestarted) : startEarly ? workerAnalyser(analyserOptions, 'now') : undefined;
  let files: Awaited<ReturnType<typeof discoverSourceFiles>>;
  const missing: string[] = [];
  try {
    files = await discoverSourceFiles(options.paths, { cwd, onMissing: (argument) => missing.push(argument) });
  } catch (error) {
    await early?.close();
    throw error;
  }
  if (missing.length > 0 && missing.length === options.paths.length) {
    // Every path is a typo or gone: a run that checked nothing must not pass.
    await early?.close();
    io.stderr.write(missing.map((argument) => `mi-codemod: no such file or directory: ${argument}\n`).join(''));
    io.stderr.write(
      `exit 2: ${missing.length === 1 ? 'the path does not exist' : 'none of the paths exists'}; ` +
        'check the spelling (a glob matching nothing is not an error)\n',
    );
    return 2;
  }
  for (const argument of missing) io.stderr.write(`note: no such file or directory: ${argument} (skipped)\n`);
  const progress = createProgress(io.stdout, io.stderr, io.env, files.length);
  const analyser = await chooseAnalyser(files.length, analyserOptions, io.env, early);
  let analysed: AnalysedFile[] = [];
  const failedFiles: string[] = [];
  let skipped = 0;
  const record = (outcome: Outcome): void => {
    if (outcome.kind === 'analysed') {
      analysed.push(outcome);
    } else if (outcome.kind === 'skipped') {
      skipped++;
      progress.clear();
      io.stderr.write(`note: skipped ${outcome.file}: ${outcome.reason}\n`);
    } else if (outcome.kind === 'failed') {
      progress.clear();
      const { file, error } = outcome;
      failedFiles.push(`${file}: ${error.message}`);
      const isIoError = typeof (error as NodeJS.ErrnoException).code === 'string';
      io.stderr.write(
        isIoError
          ? `mi-codemod: could not read ${file}: ${error.message}\n`
          : `mi-codemod: internal error in ${file}: ${error.stack ?? error}\n`,
      );
    }
  };
  try {
    await readAndAnalyse(files, analyser, progress, record);
  } finally {
    await analyser.close();
  }
  progress.clear();
  // A named file (pre-commit, lint-staged) that imports a legacy module is analysed even if that module is not in the run.
  const { namedImportersOfLegacyModules, namedPathsOf } = await import('./namedImporters.js');
  const importers = namedImportersOfLegacyModules(analysed, namedPathsOf(options.paths, cwd), cwd);
  if (importers.length > 0) {
    const { analyseText } = await import('./analyseOneFile.js');
    const settings = await analysisSettings(analyserOptions);
    for (const { analysis, text } of importers)
      analysed[analysed.indexOf(analysis)] = await analyseText(analysis.absolutePath, analysis.file, text, settings);
  }
  if (analysed.some((analysis) => analysis.project)) {
    // Only then is the cross-file step (and with it the engine) needed on this thread.
    const { resolveCrossFileGroups } = await import('./crossFile.js');
    analysed = await resolveCrossFileGroups(analysed, await analysisSettings(analyserOptions));
  }

  const changedFiles = analysed.filter((analysis) => analysis.change !== undefined);
  if (options.mode === 'fix' && changedFiles.length > 0) {
    if (!options.force) {
      const { findUncommittedChanges } = await import('../files/uncommittedChanges.js');
      const dirty = new Set(findUncommittedChanges(changedFiles.map((analysis) => analysis.absolutePath)));
      if (dirty.size > 0) {
        const dirtyFiles = changedFiles.filter((analysis) => dirty.has(analysis.absolutePath)).map((analysis) => analysis.file);
        io.stderr.write(refusalMessage(dirtyFiles));
        io.stderr.write(
          `exit 2: ${dirtyFiles.length === 1 ? '1 file has' : `${dirtyFiles.length} files have`} uncommitted changes; rerun with --force to write anyway\n`,
        );
        return 2;
      }
    }
    const { writeFileAtomic } = await import('../files/writeFileAtomic.js');
    for (const analysis of changedFiles) {
      try {
        await writeFileAtomic(analysis.absolutePath, analysis.change!.after, fileMode(analysis.absolutePath));
      } catch (error) {
        failedFiles.push(`${analysis.file}: could not write: ${(error as Error).message}`);
        analysis.change = undefined;
        for (const finding of analysis.findings) finding.fixable = false;
      }
    }
  }

  // The diff library is loaded only by a dry run, which prints diffs.
  const diffs = options.mode === 'dry' ? await import('../reporters/diff.js') : undefined;
  const { report, left: leftFindings } = buildRunReport({
    mode: options.mode,
    cwd,
    toolVersion: version,
    quiet: options.quiet,
    filesSkipped: skipped,
    files: analysed.map((analysis) => ({
      file: analysis.file,
      findings: analysis.findings,
      changes: analysis.change !== undefined,
      ...(diffs && analysis.change ? { diff: diffs.unifiedDiff(analysis.file, analysis.change.before, analysis.change.after) } : {}),
      ...(analysis.parseError ? { parseError: analysis.parseError } : {}),
    })),
  });

  if (options.mode === 'dry' && options.format === 'stylish') {
    for (const outcome of report.files) if (outcome.diff) io.stdout.write(diffs!.colourDiff(outcome.diff, stdoutColors));
  }
  if (options.format !== 'stylish' || options.mode === 'check') {
    const rendered = formatReport(options.format, report, stdoutColors);
    if (rendered) io.stdout.write(rendered.endsWith('\n') || rendered === '' ? rendered : `${rendered}\n`);
  }
  if (options.format === 'stylish' && options.mode === 'check' && report.findings.length > 0) io.stdout.write('\n');
  summaryStream.write(formatSummary(report, summaryColors));

  const unparsedFiles = analysed
    .filter((analysis) => analysis.parseError)
    .map((analysis) => `${analysis.file}:${analysis.parseError!.line}:${analysis.parseError!.column}`);
  const status = exitStatus({
    mode: options.mode,
    findings: leftFindings.filter((finding) => finding.ruleId !== 'parse-error'),
    maxWarnings: options.maxWarnings,
    unparsedFiles,
    failedFiles,
  });
  if (status.reason) summaryStream.write(`${status.reason}\n`);
  return status.code;
}

/**
 * Runs the command line `argv` (without node and script) against the given streams and working
 * directory and returns the exit code. Never calls process.exit. `prestarted`: an analysis worker
 * started for this command line (see prestartWorker), adopted by the run or stopped.
 */
export async function run(argv: readonly string[], io: CliIO, prestarted?: Worker): Promise<number> {
  const version = toolVersion();
  try {
    const parsed = await parseArguments(argv, version);
    if (parsed.kind === 'print') {
      io.stdout.write(parsed.text);
      return 0;
    }
    if (parsed.kind === 'usage-error') {
      io.stderr.write(`mi-codemod: ${parsed.message}\nRun mi-codemod --help for usage.\nexit 2: usage error\n`);
      return 2;
    }
    return await migrate(parsed.options, io, version, prestarted);
  } catch (error) {
    io.stderr.write(`mi-codemod: internal error: ${(error as Error).stack ?? error}\nexit 2: internal error\n`);
    return 2;
  } finally {
    await prestarted?.terminate(); // stopped already when the run used it; a no-op then
  }
}
