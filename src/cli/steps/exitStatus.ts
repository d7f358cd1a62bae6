import type { ReportedFinding, RunMode } from '../../reporters/model';

// Step 7 of the pipeline: the exit code, and the reason that ends the output when it is not 0.

export interface ExitStatus {
  code: 0 | 1 | 2;
  /** Why the run failed, for the last line of output; absent for exit 0. */
  reason?: string;
}

export interface ExitInputs {
  mode: RunMode;
  /** The findings the run leaves behind (check: all of them; fix and dry: those not fixed). */
  findings: readonly ReportedFinding[];
  maxWarnings?: number;
  /** `file:line:col` of each file that could not be parsed. */
  unparsedFiles: readonly string[];
  /** `file: message` of each file that could not be analysed or written. */
  failedFiles: readonly string[];
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * The exit code and its reason: 2 for files that could not be parsed or processed, 1 for errors left
 * (or more warnings than --max-warnings), 0 otherwise. Info findings never fail a run.
 */
export function exitStatus(inputs: ExitInputs): ExitStatus {
  if (inputs.failedFiles.length > 0) {
    return {
      code: 2,
      reason: `exit 2: ${plural(inputs.failedFiles.length, 'file')} could not be processed (${inputs.failedFiles.join('; ')})`,
    };
  }
  if (inputs.unparsedFiles.length > 0) {
    return {
      code: 2,
      reason:
        `exit 2: ${plural(inputs.unparsedFiles.length, 'file')} could not be parsed and ` +
        `${inputs.unparsedFiles.length === 1 ? 'was' : 'were'} left unchanged (${inputs.unparsedFiles.join(', ')})`,
    };
  }
  const errors = inputs.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = inputs.findings.filter((finding) => finding.severity === 'warning').length;
  if (errors > 0) {
    const what = inputs.mode === 'check' ? `${plural(errors, 'error')} found` : `${plural(errors, 'error')} left for manual review`;
    return { code: 1, reason: `exit 1: ${what}` };
  }
  if (inputs.maxWarnings !== undefined && warnings > inputs.maxWarnings) {
    return { code: 1, reason: `exit 1: ${plural(warnings, 'warning')} exceed --max-warnings ${inputs.maxWarnings}` };
  }
  return { code: 0 };
}
