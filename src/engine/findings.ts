import { withoutFix } from './findingText';
import type { DraftFinding, FileResult } from './types';

/** The finding turned into a manual-review item that says why the request was not rewritten. */
export function manualReview(finding: DraftFinding, reason: string): DraftFinding {
  return {
    ruleId: 'manual-review',
    severity: 'error',
    message: `Token request to the retired Managed Identity VM extension, not rewritten: ${reason}`,
    start: finding.start,
    end: finding.end,
  };
}

/**
 * The same file result with nothing applied: every fix withdrawn and reported for manual review with
 * `reason`. Used when a file's migration depends on another file that cannot be migrated with it.
 */
export function withdrawFixes(result: FileResult, text: string, reason: string): FileResult {
  const findings = result.findings.map((finding) => {
    if (!finding.fix) return finding;
    if (finding.severity !== 'error') return withoutFix(finding);
    return { ...manualReview(finding, reason), loc: finding.loc };
  });
  return {
    filename: result.filename,
    findings,
    output: text,
    changed: false,
    ...(result.parseError ? { parseError: result.parseError } : {}),
  };
}
