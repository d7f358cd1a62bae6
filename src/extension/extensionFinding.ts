import type { DraftFinding, TextEdit } from '../engine/types';

/** A `vm-extension-provisioning` error at [start, end), with its fix when one is given. */
export function extensionFinding(start: number, end: number, message: string, fix?: TextEdit[]): DraftFinding {
  const finding: DraftFinding = { ruleId: 'vm-extension-provisioning', severity: 'error', message, start, end };
  if (fix && fix.length > 0) finding.fix = fix;
  return finding;
}
