import type { DraftFinding, TextEdit } from '../engine/types';

/** The edits that remove an extension, and what they do (see Finding.fixDescription). */
export interface ExtensionRemoval {
  edits: TextEdit[] | undefined;
  description: string;
}

/** A `vm-extension-provisioning` error at [start, end), with its fix when one is given. */
export function extensionFinding(start: number, end: number, message: string, removal?: ExtensionRemoval): DraftFinding {
  const finding: DraftFinding = { ruleId: 'vm-extension-provisioning', severity: 'error', message, start, end };
  if (removal?.edits && removal.edits.length > 0) {
    finding.fix = removal.edits;
    finding.fixDescription = removal.description;
  }
  return finding;
}
