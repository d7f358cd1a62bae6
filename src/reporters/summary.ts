import type { Colors } from './colors';
import type { RunReport } from './model';

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The closing lines for people: files scanned, changed, findings fixed, and (in fix and dry mode)
 * each finding left for manual review as `file:line:col  rule-id  why`.
 */
export function formatSummary(report: RunReport, colors: Colors): string {
  const { summary, mode } = report;
  const skipped = summary.filesSkipped > 0 ? ` (${summary.filesSkipped} skipped)` : '';
  const scanned = `${plural(summary.filesScanned, 'file')} scanned${skipped}`;
  if (mode === 'check') {
    const fixable = report.findings.filter((finding) => finding.fixable).length;
    const manual = report.findings.length - fixable;
    if (report.findings.length === 0) return `mi-codemod: ${scanned}, nothing to migrate.\n`;
    const fileCount = new Set(report.findings.map((finding) => finding.file)).size;
    return (
      `mi-codemod: ${scanned}, ${plural(report.findings.length, 'finding')} in ${plural(fileCount, 'file')}: ` +
      `${fixable} fixable (run without --check to fix ${fixable === 1 ? 'it' : 'them'}), ${manual} for manual review.\n`
    );
  }
  const changed = mode === 'fix' ? `${plural(summary.filesChanged, 'file')} changed` : `${plural(summary.filesChanged, 'file')} would change`;
  const fixed = mode === 'fix' ? `${plural(summary.findingsFixed, 'finding')} fixed` : `${plural(summary.findingsFixed, 'finding')} would be fixed`;
  const left = `${summary.findingsLeft} left for manual review`;
  let text = `mi-codemod: ${scanned}, ${changed}, ${fixed}, ${left}.\n`;
  if (report.findings.length > 0) {
    const width = Math.max(...report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}`.length));
    text += 'Left for manual review:\n';
    for (const finding of report.findings) {
      const where = `${finding.file}:${finding.line}:${finding.column}`.padEnd(width);
      const rule = finding.severity === 'error' ? colors.red(finding.ruleId) : finding.severity === 'warning' ? colors.yellow(finding.ruleId) : colors.blue(finding.ruleId);
      text += `  ${where}  ${rule}  ${finding.message}\n`;
    }
  }
  return text;
}
