import { buildRunReport } from '../../reporters/buildReport';
import { createColors, shouldColour } from '../../reporters/colors';
import { formatReport, isDocumentFormat } from '../../reporters/formatReport';
import type { ReportedFinding } from '../../reporters/model';
import { formatSummary } from '../../reporters/summary';
import type { AnalysedFile } from '../analysis/engine';
import type { CliOptions } from '../args';
import type { CliIO, OutputStream } from '../io';

// Step 6 of the pipeline: the report on stdout (the diffs of --dry, or the findings in the chosen
// format) and the summary (on stderr when stdout carries a JSON or SARIF document).

/** What the exit status is made from, and where its reason goes. */
export interface Reported {
  /** The findings the run leaves behind (check: all of them; fix and dry: those not fixed), before --quiet. */
  left: ReportedFinding[];
  /** `file:line:col` of each file that could not be parsed. */
  unparsedFiles: string[];
  /** The stream of the summary, which the exit status's reason ends. */
  summaryStream: OutputStream;
}

/** Prints the run's report and summary. */
export async function report(
  analysed: readonly AnalysedFile[],
  skipped: number,
  options: CliOptions,
  run: { cwd: string; version: string; io: CliIO },
): Promise<Reported> {
  const { io } = run;
  const stdoutColors = createColors(shouldColour(io.stdout.isTTY, io.env));
  const summaryStream = isDocumentFormat(options.format) ? io.stderr : io.stdout;
  // The diff library is loaded only by a dry run, which prints diffs.
  const diffs = options.mode === 'dry' ? await import('../../reporters/diff.js') : undefined;
  const { report: runReport, left } = buildRunReport({
    mode: options.mode,
    cwd: run.cwd,
    toolVersion: run.version,
    quiet: options.quiet,
    filesSkipped: skipped,
    files: analysed.map((analysis) => ({
      file: analysis.file,
      findings: analysis.findings,
      changes: analysis.changes,
      ...(diffs && analysis.change ? { diff: diffs.unifiedDiff(analysis.file, analysis.change.before, analysis.change.after) } : {}),
      ...(analysis.parseError ? { parseError: analysis.parseError } : {}),
    })),
  });

  if (options.mode === 'dry' && options.format === 'stylish') {
    for (const outcome of runReport.files) if (outcome.diff) io.stdout.write(diffs!.colourDiff(outcome.diff, stdoutColors));
  }
  if (options.format !== 'stylish' || options.mode === 'check') {
    const rendered = formatReport(options.format, runReport, stdoutColors);
    if (rendered) io.stdout.write(rendered.endsWith('\n') || rendered === '' ? rendered : `${rendered}\n`);
  }
  if (options.format === 'stylish' && options.mode === 'check' && runReport.findings.length > 0) io.stdout.write('\n');
  summaryStream.write(formatSummary(runReport, createColors(shouldColour(summaryStream.isTTY, io.env))));

  const unparsedFiles = analysed
    .filter((analysis) => analysis.parseError)
    .map((analysis) => `${analysis.file}:${analysis.parseError!.line}:${analysis.parseError!.column}`);
  return { left, unparsedFiles, summaryStream };
}
