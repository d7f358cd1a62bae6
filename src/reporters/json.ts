import type { RunReport } from './model';

/**
 * Version of the JSON report's schema (docs/cli.md); bumped only on incompatible changes. 2: in check and
 * dry mode `changed`, `filesChanged` and `findingsFixed` count only what was written (0), what a fix run
 * would do moved to `wouldChange`, `filesWouldChange` and `findingsFixable`, and `findingsLeft` counts
 * every finding still in the files in check mode.
 */
export const JSON_REPORT_VERSION = 2;

/** The machine-readable report: `{ version, mode, files, findings, summary }`, one JSON document. */
export function formatJson(report: RunReport): string {
  const document = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'mi-codemod', version: report.toolVersion },
    mode: report.mode,
    files: report.files,
    findings: report.findings.map(({ fixDescription: _description, ...finding }) => finding), // the message says it
    summary: report.summary,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
