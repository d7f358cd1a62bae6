import type { Finding, RuleId, Severity, TextEdit } from '../../engine/types';
import type { LineIndex } from '../../engine/positions';

/**
 * A finding while the file is being analysed. `blocksFile` marks a legacy call left unfixed: while one
 * exists the file keeps all its bytes (it is never half-migrated). Report-only findings (extension
 * provisioning, documentation mentions) do not block.
 */
export interface DraftFinding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fix?: TextEdit[];
  blocksFile?: boolean;
}

/** Turns a draft into the public Finding shape, with 1-based positions. */
export function toFinding(draft: DraftFinding, lines: LineIndex, withFix: boolean): Finding {
  const finding: Finding = {
    ruleId: draft.ruleId,
    severity: draft.severity,
    message: draft.message,
    start: draft.start,
    end: draft.end,
    loc: { start: lines.position(draft.start), end: lines.position(draft.end) },
  };
  if (withFix && draft.fix && draft.fix.length > 0) finding.fix = draft.fix;
  return finding;
}
