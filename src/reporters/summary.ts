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
    const manual = report.findings.filter((finding) => !finding.fixable && finding.severity === 'error').length;
    const advisories = report.findings.length - fixable - manual;
    if (report.findings.length === 0) return `mi-codemod: ${scanned}, nothing to migrate.\n`;
    const fileCount = new Set(report.findings.map((finding) => finding.file)).size;
    const parts = [
      ...(fixable > 0 ? [`${fixable} fixable (run without --check to fix ${fixable === 1 ? 'it' : 'them'})`] : []),
      ...(manual > 0 ? [`${manual} for manual review`] : []),
      ...(advisories > 0 ? [plural(advisories, 'advisory', 'advisories')] : []),
    ];
    return `mi-codemod: ${scanned}, ${plural(report.findings.length, 'finding')} in ${plural(fileCount, 'file')}: ${parts.join(', ')}.\n`;
  }
  const changed =
    mode === 'fix' ? `${plural(summary.filesChanged, 'file')} changed` : `${plural(summary.filesChanged, 'file')} would change`;
  const fixed =
    mode === 'fix' ? `${plural(summary.findingsFixed, 'finding')} fixed` : `${plural(summary.findingsFixed, 'finding')} would be fixed`;
  const manual = report.findings.filter((finding) => finding.severity === 'error');
  const advisories = report.findings.filter((finding) => finding.severity !== 'error');
  const left = `${manual.length} left for manual review${advisories.length > 0 ? `, ${plural(advisories.length, 'advisory', 'advisories')}` : ''}`;
  let text = `mi-codemod: ${scanned}, ${changed}, ${fixed}, ${left}.\n`;
  const width = Math.max(0, ...report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column}`.length));
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
  list('Left for manual review:', manual);
  list('Advisories (do not fail the run):', advisories);
  return text;
}
