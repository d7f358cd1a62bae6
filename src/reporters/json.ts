import type { RunReport } from './model';

/** Version of the JSON report's schema (docs/cli.md); bumped only on incompatible changes. */
export const JSON_REPORT_VERSION = 1;

/** The machine-readable report: `{ version, mode, files, findings, summary }`, one JSON document. */
export function formatJson(report: RunReport): string {
  const document = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'mi-codemod', version: report.toolVersion },
    mode: report.mode,
    files: report.files,
    findings: report.findings,
    summary: report.summary,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
