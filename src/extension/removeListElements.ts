import type { TextEdit } from '../engine/types';

/** One element of a comma-separated list (array element or object property): its exact text range. */
export interface ListElement {
  start: number;
  end: number;
}

/** Offset of the comma token that follows `offset` (skipping whitespace and comments), or undefined. */
export type CommaFinder = (offset: number) => number | undefined;

/** The deletions that remove one run of adjacent elements, keyed by the run's first element index. */
export interface RemovedRun {
  first: number;
  last: number;
  edits: TextEdit[];
}

/**
 * Deletes the elements at `removed` from a comma-separated list, formatting-preserving: each run of
 * adjacent removed elements goes with its own line(s), one separating comma and nothing else, so
 * comments and the indentation of what stays are untouched. Shared by JSON (ARM) and TypeScript.
 */
export function removeListElements(
  text: string,
  elements: readonly ListElement[],
  removed: ReadonlySet<number>,
  commaAfter: CommaFinder,
): RemovedRun[] {
  const runs: RemovedRun[] = [];
  for (let i = 0; i < elements.length; i++) {
    if (!removed.has(i)) continue;
    let j = i;
    while (j + 1 < elements.length && removed.has(j + 1)) j++;
    runs.push({ first: i, last: j, edits: removeRun(text, elements, i, j, commaAfter) });
    i = j;
  }
  return runs;
}

function removeRun(text: string, elements: readonly ListElement[], first: number, last: number, commaAfter: CommaFinder): TextEdit[] {
  const start = elements[first].start;
  const elementEnd = elements[last].end;
  const ownLine = startsOwnLine(text, start);
  const followingComma = commaAfter(elementEnd);
  // Without a comma of its own, the element still takes the `//` comment that ends its line (it describes
  // the element); left behind, that comment would join the line above.
  const end = ownLine && followingComma === undefined ? trailingLineCommentEnd(text, elementEnd) : elementEnd;

  if (followingComma !== undefined) {
    // Not the last element (or a trailing comma): the element takes its own comma with it.
    let after = skipHorizontalSpace(text, followingComma + 1);
    if (ownLine && text.startsWith('//', after)) after = lineEnd(text, after);
    if (ownLine && isLineBreakAt(text, after)) {
      return [{ start: lineStart(text, start), end: after + lineBreakLength(text, after), text: '' }];
    }
    return [{ start, end: after, text: '' }];
  }

  if (first > 0) {
    // The last element: it takes the comma that separated it from the previous element.
    const previousComma = commaAfter(elements[first - 1].end);
    if (previousComma === undefined) return [{ start, end, text: '' }];
    if (!ownLine) return [{ start: previousComma, end, text: '' }];
    return [
      { start: previousComma, end: previousComma + 1, text: '' },
      { start: Math.max(previousComma + 1, lineBreakBefore(text, start)), end, text: '' },
    ];
  }

  // The only element(s): the list becomes empty.
  return [{ start: ownLine ? lineBreakBefore(text, start) : start, end, text: '' }];
}

/** End of a `//` comment that follows `offset` on the same line (after spaces/tabs only), else `offset`. */
function trailingLineCommentEnd(text: string, offset: number): number {
  const after = skipHorizontalSpace(text, offset);
  return text.startsWith('//', after) ? lineEnd(text, after) : offset;
}

/** True when only spaces/tabs stand between the start of the line and `offset`. */
function startsOwnLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/** Offset of the line break that ends the line before the one holding `offset` (the line's start if none). */
function lineBreakBefore(text: string, offset: number): number {
  const start = lineStart(text, offset);
  if (start === 0) return 0;
  if (text[start - 1] === '\n' && text[start - 2] === '\r') return start - 2;
  return start - 1;
}

function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

function skipHorizontalSpace(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function isLineBreakAt(text: string, offset: number): boolean {
  return text[offset] === '\n' || text[offset] === '\r';
}

function lineBreakLength(text: string, offset: number): number {
  return text[offset] === '\r' && text[offset + 1] === '\n' ? 2 : 1;
}
