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
  /**
   * In a report, the text people read: the finding's message and, when it is fixable, what the fix does
   * in the voice of the run's mode ("Would be rewritten …" in check and dry mode). Coming out of the
   * analysis, the message alone, and the fix in `fixDescription`.
   */
  message: string;
  /** What the fix does, coming out of the analysis (present when `fixable`); a report puts it into `message`. */
  fixDescription?: string;
  /** True when running without `--check` / `--dry` applies this finding's fix. */
  fixable: boolean;
  /** The fix's edits, present when `fixable`. */
  replacement?: ReportedEdit[];
}

/** What happened to one analysed file. */
export interface FileOutcome {
  file: string;
  /** This run wrote the file (fix mode only). */
  changed: boolean;
  /** A fix run would write the file (check and dry mode only; in fix mode it was written: `changed`). */
  wouldChange: boolean;
  /** The unified diff of the change (dry mode only). */
  diff?: string;
  /** Set when the file could not be parsed; it is left alone. */
  parseError?: { message: string; line: number; column: number };
}

/**
 * The run's totals (docs/cli.md, JSON report version 2). Every finding is counted once:
 * `findings = findingsFixed + findingsFixable + findingsNotFixable`.
 */
export interface RunSummary {
  filesScanned: number;
  /** Files not analysed (binary, not UTF-8, too large, minified); each has a note on stderr. */
  filesSkipped: number;
  /** Files this run wrote: fix mode only, 0 in check and dry mode. */
  filesChanged: number;
  /** Files a fix run would write: check and dry mode only, 0 in fix mode. */
  filesWouldChange: number;
  /** Every finding of the analysed files. */
  findings: number;
  /** Findings this run fixed (their file was written): fix mode only, 0 in check and dry mode. */
  findingsFixed: number;
  /** Findings a fix run would fix: check and dry mode only, 0 in fix mode. */
  findingsFixable: number;
  /** Findings no fix run fixes: those for manual review (errors), advisories and documentation notes. */
  findingsNotFixable: number;
  /** The not fixable errors: what still fails `--check` after a fix run, until a person acts. */
  findingsForManualReview: number;
  /**
   * The findings the report lists (before `--quiet`): check mode: all of them; fix mode: those this run
   * did not fix; dry mode: those a fix run would not fix. `errors + warnings + infos`.
   */
  findingsLeft: number;
  errors: number;
  warnings: number;
  infos: number;
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
  const fixable = fixApplies && finding.fix !== undefined && (finding.fix.length > 0 || (finding.fixedIn?.length ?? 0) > 0);
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
  if (fixable) {
    reported.fixDescription = finding.fixDescription;
    reported.replacement = finding.fix!.map((edit) => reportedEdit(edit, lines));
  }
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
