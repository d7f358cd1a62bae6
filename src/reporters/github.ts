import type { ReportedFinding, RunReport } from './model';

/** Escapes a workflow command's message, as GitHub's toolkit does (% \r \n). */
export function escapeCommandData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (% \r \n : ,). */
export function escapeCommandProperty(value: string): string {
  return escapeCommandData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function commandName(finding: ReportedFinding): 'error' | 'warning' | 'notice' {
  if (finding.severity === 'error') return 'error';
  if (finding.severity === 'warning') return 'warning';
  return 'notice';
}

/** One annotation per finding as GitHub Actions workflow commands (`::error file=…::message`). */
export function formatGithub(report: RunReport): string {
  return report.findings
    .map((finding) => {
      const properties = [
        `file=${escapeCommandProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        `endLine=${finding.endLine}`,
        `endColumn=${finding.endColumn}`,
        `title=${escapeCommandProperty(finding.ruleId)}`,
      ].join(',');
      return `::${commandName(finding)} ${properties}::${escapeCommandData(finding.message)}\n`;
    })
    .join('');
}
