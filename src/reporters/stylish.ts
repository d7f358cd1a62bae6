import type { Colors } from './colors';
import type { ReportedFinding, RunReport } from './model';

function severityLabel(finding: ReportedFinding, colors: Colors): string {
  if (finding.severity === 'error') return colors.red('error');
  if (finding.severity === 'warning') return colors.yellow('warning');
  return colors.blue('info');
}

/**
 * ESLint-style text: one block per file, one line per finding
 * (`  line:col  severity  rule-id  message`), columns aligned within the block.
 */
export function formatStylish(report: RunReport, colors: Colors): string {
  const byFile = new Map<string, ReportedFinding[]>();
  for (const finding of report.findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const blocks: string[] = [];
  for (const [file, findings] of byFile) {
    const positions = findings.map((finding) => `${finding.line}:${finding.column}`);
    const positionWidth = Math.max(...positions.map((position) => position.length));
    const severityWidth = Math.max(...findings.map((finding) => finding.severity.length));
    const ruleWidth = Math.max(...findings.map((finding) => finding.ruleId.length));
    const lines = findings.map((finding, index) => {
      const severity = severityLabel(finding, colors) + ' '.repeat(severityWidth - finding.severity.length);
      const fixMark = finding.fixable ? colors.dim(' (fixable)') : '';
      return (
        `  ${colors.dim(positions[index].padEnd(positionWidth))}  ${severity}  ` +
        `${colors.dim(finding.ruleId.padEnd(ruleWidth))}  ${finding.message}${fixMark}`
      );
    });
    blocks.push(`${colors.underline(file)}\n${lines.join('\n')}\n`);
  }
  return blocks.join('\n');
}
