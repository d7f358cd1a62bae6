import type { TextEdit } from './types';

/**
 * Edits in application order: by position; at one position, insertions before the replacement that
 * starts there, several insertions in the order they were proposed. Exact duplicates (the same edit
 * proposed by two findings, e.g. for a shared const) are dropped.
 */
export function normaliseEdits(edits: readonly TextEdit[]): TextEdit[] {
  const indexed = edits.map((edit, index) => ({ edit, index }));
  indexed.sort((a, b) => a.edit.start - b.edit.start || rank(a.edit) - rank(b.edit) || a.index - b.index);
  const unique: TextEdit[] = [];
  for (const { edit } of indexed) {
    const duplicate = unique.some((kept) => kept.start === edit.start && kept.end === edit.end && kept.text === edit.text);
    if (!duplicate) unique.push(edit);
  }
  return unique;
}

function rank(edit: TextEdit): number {
  return edit.start === edit.end ? 0 : 1;
}

/** The first pair of edits that overlap (a replacement inside another, or an insertion strictly inside one). */
export function findOverlap(edits: readonly TextEdit[]): [TextEdit, TextEdit] | undefined {
  const sorted = normaliseEdits(edits);
  let widest: TextEdit | undefined;
  for (const edit of sorted) {
    if (widest && edit.start < widest.end && !(edit.start === edit.end && edit.start === widest.start)) return [widest, edit];
    if (!widest || edit.end > widest.end) widest = edit;
  }
  return undefined;
}

/** Applies non-overlapping edits to `text`; bytes outside the edited ranges are copied unchanged. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = normaliseEdits(edits);
  const overlap = findOverlap(sorted);
  if (overlap) {
    throw new Error(`overlapping edits at ${overlap[0].start}-${overlap[0].end} and ${overlap[1].start}-${overlap[1].end}`);
  }
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    out += text.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}
