import type { Colors } from './colors';
import type { RunReport } from './model';

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The closing lines for people, with the report's totals (every finding counted once): in check mode
 * how many findings are fixable, for manual review and advisories; in fix and dry mode the files changed
 * (or that would change), the findings fixed (or that would be), and each finding left as
 * `file:line:col  rule-id  why`.
 */
export function formatSummary(report: RunReport, colors: Colors): string {
  const { summary, mode } = report;
  const skipped = summary.filesSkipped > 0 ? ` (${summary.filesSkipped} skipped)` : '';
  const scanned = `${plural(summary.filesScanned, 'file')} scanned${skipped}`;
  const manual = summary.findingsForManualReview;
  const advisories = summary.findingsNotFixable - manual;
  if (mode === 'check') {
    if (summary.findings === 0) return `mi-codemod: ${scanned}, nothing to migrate.\n`;
    const fixable = summary.findingsFixable;
    const fileCount = report.files.length; // the files with findings
    const parts = [
      ...(fixable > 0 ? [`${fixable} fixable (run without --check to fix ${fixable === 1 ? 'it' : 'them'})`] : []),
      ...(manual > 0 ? [`${manual} for manual review`] : []),
      ...(advisories > 0 ? [plural(advisories, 'advisory', 'advisories')] : []),
    ];
    return `mi-codemod: ${scanned}, ${plural(summary.findings, 'finding')} in ${plural(fileCount, 'file')}: ${parts.join(', ')}.\n`;
  }
  const changed =
    mode === 'fix' ? `${plural(summary.filesChanged, 'file')} changed` : `${plural(summary.filesWouldChange, 'file')} would change`;
  const fixed =
    mode === 'fix' ? `${plural(summary.findingsFixed, 'finding')} fixed` : `${plural(summary.findingsFixable, 'finding')} would be fixed`;
  const left = `${manual} left for manual review${advisories > 0 ? `, ${plural(advisories, 'advisory', 'advisories')}` : ''}`;
  let text = `mi-codemod: ${scanned}, ${changed}, ${fixed}, ${left}.\n`;
  const width = Math.max(0, ...report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}`.length));
  const listedManual = report.findings.filter((finding) => finding.severity === 'error');
  const listedAdvisories = report.findings.filter((finding) => finding.severity !== 'error');
  const list = (title: string, findings: typeof report.findings): void => {
    if (findings.length === 0) return;
    text += `${title}\n`;
    for (const finding of findings) {
      const where = `${finding.file}:${finding.line}:${finding.column}`.padEnd(width);
      const rule =
        finding.severity === 'error'
          ? colors.red(finding.ruleId)
          : finding.severity === 'warning'
            ? colors.yellow(finding.ruleId)
            : colors.blue(finding.ruleId);
      text += `  ${where}  ${rule}  ${finding.message}\n`;
    }
  };
  list('Left for manual review:', listedManual);
  list('Advisories (do not fail the run):', listedAdvisories);
  return text;
}
