import { findingText, type FixVoice } from '../engine/findingText';
import { countBySeverity, type FileOutcome, type ReportedFinding, type RunMode, type RunReport } from './model';

/** One analysed file as the run knows it when it is done (after any write). */
export interface AnalysedFileRecord {
  file: string;
  /** Every finding of the file; `fixable` marks those whose fix the migrated text contains. */
  findings: readonly ReportedFinding[];
  /** The fix changes the file (in fix mode: and it was written; a failed write clears it). */
  changes: boolean;
  /** The unified diff of the change (dry mode). */
  diff?: string;
  parseError?: FileOutcome['parseError'];
}

export interface RunRecord {
  mode: RunMode;
  cwd: string;
  toolVersion: string;
  /** Show error findings only (the counts still cover every finding). */
  quiet: boolean;
  filesSkipped: number;
  files: readonly AnalysedFileRecord[];
}

/**
 * How a mode speaks of the fixes it reports: fix mode has applied them (and lists only what is left);
 * check and dry mode propose them, so a fixable finding says what "would be" done.
 */
function fixVoice(mode: RunMode): FixVoice {
  return mode === 'fix' ? 'applied' : 'proposed';
}

/**
 * The finding as reports show it: the message with what its fix does, in the mode's voice. The fix
 * description stays with a fixable finding (SARIF describes its fix object with it).
 */
function reportedText(finding: ReportedFinding, voice: FixVoice): ReportedFinding {
  if (finding.fixable && finding.fixDescription) return { ...finding, message: findingText(finding, voice) };
  const { fixDescription: _unused, ...rest } = finding;
  return rest;
}

/**
 * The report of a run: which files changed or would change, the findings to list (check mode: all; fix
 * mode: those not fixed; dry mode: those a fix run would not fix) and totals in which every finding
 * counts once. `left` is the listed findings before `--quiet`, which decide the exit status.
 */
export function buildRunReport(run: RunRecord): { report: RunReport; left: ReportedFinding[] } {
  const voice = fixVoice(run.mode);
  const all = run.files.flatMap((file) => file.findings);
  const fixable = all.filter((finding) => finding.fixable);
  const notFixable = all.filter((finding) => !finding.fixable);
  const left = (run.mode === 'check' ? all : notFixable).map((finding) => reportedText(finding, voice));
  const shown = run.quiet ? left.filter((finding) => finding.severity === 'error') : left;
  const written = run.mode === 'fix';
  const files: FileOutcome[] = run.files
    .filter((file) => file.changes || file.findings.length > 0)
    .map((file) => ({
      file: file.file,
      changed: written && file.changes,
      wouldChange: !written && file.changes,
      ...(file.diff !== undefined ? { diff: file.diff } : {}),
      ...(file.parseError ? { parseError: file.parseError } : {}),
    }));
  const changing = run.files.filter((file) => file.changes).length;
  const report: RunReport = {
    mode: run.mode,
    cwd: run.cwd,
    toolVersion: run.toolVersion,
    files,
    findings: shown,
    summary: {
      filesScanned: run.files.length,
      filesSkipped: run.filesSkipped,
      filesChanged: written ? changing : 0,
      filesWouldChange: written ? 0 : changing,
      findings: all.length,
      findingsFixed: written ? fixable.length : 0,
      findingsFixable: written ? 0 : fixable.length,
      findingsNotFixable: notFixable.length,
      findingsForManualReview: notFixable.filter((finding) => finding.severity === 'error').length,
      findingsLeft: left.length,
      ...countBySeverity(left),
    },
  };
  return { report, left };
}
