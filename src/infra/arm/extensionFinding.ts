import type { LineIndex } from '../../engine/positions';
import type { Finding, TextEdit } from '../../engine/types';

/** A `vm-extension-provisioning` error at [start, end), with its fix when one is given. */
export function extensionFinding(lines: LineIndex, start: number, end: number, message: string, fix?: TextEdit[]): Finding {
  const finding: Finding = {
    ruleId: 'vm-extension-provisioning',
    severity: 'error',
    message,
    start,
    end,
    loc: { start: lines.position(start), end: lines.position(end) },
  };
  if (fix && fix.length > 0) finding.fix = fix;
  return finding;
}
