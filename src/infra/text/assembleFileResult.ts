import { applyEdits } from '../../engine/applyEdits';
import { LineIndex } from '../../engine/positions';
import type { FileResult } from '../../engine/types';
import { toFinding, type DraftFinding } from './textFinding';

/**
 * Builds the FileResult: findings in source order and, unless an unfixed legacy call blocks the file, the
 * text with every fix applied. When the file is blocked no finding carries a fix.
 */
export function assembleFileResult(text: string, filename: string, drafts: readonly DraftFinding[]): FileResult {
  const lines = new LineIndex(text);
  const ordered = [...drafts].sort((a, b) => a.start - b.start || a.end - b.end);
  const blocked = ordered.some((draft) => draft.blocksFile === true && !draft.fix);
  const findings = ordered.map((draft) => {
    const finding = toFinding(draft, lines, !blocked);
    if (blocked && draft.fix)
      finding.message += ' Not applied: another legacy call in this file needs manual review, and a file is never half-migrated.';
    return finding;
  });
  const edits = findings.flatMap((finding) => finding.fix ?? []);
  const output = edits.length > 0 ? applyEdits(text, edits) : text;
  return { filename, findings, output, changed: output !== text };
}
