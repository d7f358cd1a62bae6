import type { Finding, RuleId, Severity, TextEdit } from '../engine/types';
import { LineIndex } from '../engine/positions';

/** What the run did with the files: fix them, show the fix as a diff, or only report. */
export type RunMode = 'fix' | 'dry' | 'check';

/** One text edit of a fix, with its offsets and their 1-based positions in the original file. */
export interface ReportedEdit {
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

/** A finding as every reporter shows it: located in a file, with its fix when the fix applies. */
export interface ReportedFinding {
  /** Path relative to the working directory, `/`-separated. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: RuleId;
  severity: Severity;
  message: string;
  /** True when running without `--check` / `--dry` applies this finding's fix. */
  fixable: boolean;
  /** The fix's edits, present when `fixable`. */
  replacement?: ReportedEdit[];
}

/** What happened to one analysed file. */
export interface FileOutcome {
  file: string;
  /** The fix changes the file (written in fix mode, shown in dry mode, would be in check mode). */
  changed: boolean;
  /** The unified diff of the change (dry mode only). */
  diff?: string;
  /** Set when the file could not be parsed; it is left alone. */
  parseError?: { message: string; line: number; column: number };
  /** Set when the file could not be analysed or written for another reason. */
  internalError?: string;
}

export interface RunSummary {
  filesScanned: number;
  filesChanged: number;
  findingsFixed: number;
  findingsLeft: number;
  errors: number;
  warnings: number;
  infos: number;
  filesSkipped: number;
}

/** Everything a reporter needs: the findings to show (check: all; fix and dry: those left) and totals. */
export interface RunReport {
  mode: RunMode;
  /** Absolute working directory; SARIF uses it as the root of relative paths. */
  cwd: string;
  toolVersion: string;
  files: FileOutcome[];
  findings: ReportedFinding[];
  summary: RunSummary;
}

function reportedEdit(edit: TextEdit, lines: LineIndex): ReportedEdit {
  const start = lines.position(edit.start);
  const end = lines.position(edit.end);
  return {
    start: edit.start,
    end: edit.end,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    text: edit.text,
  };
}

/** Turns an engine finding into its reported form; `fixApplies` says whether the file's fix goes ahead. */
export function toReportedFinding(finding: Finding, file: string, fixApplies: boolean, lines: LineIndex): ReportedFinding {
  const fixable = fixApplies && finding.fix !== undefined && finding.fix.length > 0;
  const reported: ReportedFinding = {
    file,
    line: finding.loc.start.line,
    column: finding.loc.start.column,
    endLine: finding.loc.end.line,
    endColumn: finding.loc.end.column,
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    fixable,
  };
  if (fixable) reported.replacement = finding.fix!.map((edit) => reportedEdit(edit, lines));
  return reported;
}

/** Counts of the reported findings by severity. */
export function countBySeverity(findings: readonly ReportedFinding[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}
