import path from 'node:path';
import { realPath } from '../files/posixPath';
import type { AnalyserOptions } from './analysis/engine';
import { parseArguments, type CliOptions } from './args';
import type { CliIO } from './io';
import { toolVersion } from './packageInfo';
import { takePrestartedWorker } from './analysis/prestart';
import { createAnalyser } from './analysis/threads';
import { analyse, type Analysed } from './steps/analyse';
import { discover } from './steps/discover';
import { exitStatus } from './steps/exitStatus';
import { read } from './steps/read';
import { reconcile } from './steps/reconcile';
import { report } from './steps/report';
import { write } from './steps/write';

/**
 * The run, as its pipeline: discover the files → read and scan each → analyse those the scan keeps →
 * reconcile cross-file groups → write (fix mode) → report → exit status. One module per step, under
 * steps/. What only makes it faster: the compiler's code cache (src/files/compileCache.ts), and in a
 * large run the analysis on a second thread (analysis/threads.ts, started by bin.js: analysis/prestart.ts).
 */
async function migrate(options: CliOptions, io: CliIO, version: string): Promise<number> {
  const cwd = realPath(path.resolve(io.cwd));
  const analyserOptions: AnalyserOptions = {
    cwd,
    apiVersion: options.apiVersion,
    includeDocs: options.includeDocs,
    // --check writes and shows no migrated text: it skips the engine's safety-net re-parse of it (a fifth
    // of the analysis) and keeps no text; fix mode and --dry refuse any rewrite that would not parse.
    verifyOutput: options.mode !== 'check',
    keepTexts: options.mode !== 'check',
  };

  const files = await discover(options.paths, cwd, io);
  if (files === 2) return 2;
  const analyser = createAnalyser(analyserOptions, files.length, io.env);
  let analysis: Analysed;
  try {
    analysis = await analyse(read(files, io), analyser, options.paths, cwd, io);
  } finally {
    await analyser.close();
  }
  const { analysed, skipped, failed } = analysis;
  const reconciled = await reconcile(analysed, analyserOptions);
  const written = await write(reconciled, options, io);
  if (written === 2) return 2;
  const reported = await report(reconciled, skipped, options, { cwd, version, io });
  const status = exitStatus({
    mode: options.mode,
    findings: reported.left.filter((finding) => finding.ruleId !== 'parse-error'),
    maxWarnings: options.maxWarnings,
    unparsedFiles: reported.unparsedFiles,
    failedFiles: [...failed, ...written],
  });
  if (status.reason) reported.summaryStream.write(`${status.reason}\n`);
  return status.code;
}

/**
 * Runs the command line `argv` (without node and script) against the given streams and working
 * directory and returns the exit code. Never calls process.exit.
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
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
    return await migrate(parsed.options, io, version);
  } catch (error) {
    io.stderr.write(`mi-codemod: internal error: ${(error as Error).stack ?? error}\nexit 2: internal error\n`);
    return 2;
  } finally {
    // A thread bin.js started on a guess that no analysis adopted (help, a usage error, no files): stopped.
    void takePrestartedWorker()?.terminate();
  }
}
