import type { TextEdit } from '../../engine/types';

/**
 * The deletion of a top-level block [start, end): its whole lines, the comment lines directly above it
 * (no blank line between: they describe the block), and one blank line when the block sat between two,
 * so no double blank line is left behind.
 */
export function blockDeletion(text: string, start: number, end: number): TextEdit {
  const lines = splitLines(text);
  let first = lines.findIndex((line) => start >= line.start && start < line.next);
  let last = lines.findIndex((line) => end - 1 >= line.start && end - 1 < line.next);
  const restOfLastLine = text.slice(end, lines[last].end).trim();
  if (restOfLastLine !== '' && !/^(#|\/\/)/.test(restOfLastLine)) {
    return { start, end, text: '' };
  }
  if (text.slice(lines[first].start, start).trim() !== '') return { start, end, text: '' };
  while (first > 0 && /^\s*(#|\/\/)/.test(lineText(text, lines[first - 1]))) first--;
  const blankBefore = first === 0 || lineText(text, lines[first - 1]).trim() === '';
  if (blankBefore && last + 1 < lines.length && lineText(text, lines[last + 1]).trim() === '') last++;
  return { start: lines[first].start, end: lines[last].next, text: '' };
}

interface Line {
  start: number;
  /** Offset of the line break (or the end of the text). */
  end: number;
  /** Start of the next line. */
  next: number;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    let end = start;
    while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
    const next = end >= text.length ? end : end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1);
    lines.push({ start, end, next });
    if (next >= text.length) return lines;
    start = next;
  }
}

function lineText(text: string, line: Line): string {
  return text.slice(line.start, line.end);
}
