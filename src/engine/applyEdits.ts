import type { TextEdit } from './types';

/** Edits sorted by position, with exact duplicates (the same edit proposed by two findings) dropped. */
export function normaliseEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const unique: TextEdit[] = [];
  for (const edit of sorted) {
    const last = unique[unique.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    unique.push(edit);
  }
  return unique;
}

/** The first pair of edits that overlap (an insertion at the same point as another counts), if any. */
export function findOverlap(edits: readonly TextEdit[]): [TextEdit, TextEdit] | undefined {
  const sorted = normaliseEdits(edits);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (next.start < prev.end || (next.start === prev.start && next.start === next.end && prev.start === prev.end)) {
      return [prev, next];
    }
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
