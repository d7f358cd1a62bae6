import type { ts } from '../typescript';
import type { TextEdit } from '../types';

/**
 * Deletes a statement with its line and line break. When the lines around it are both blank (or it
 * was the first line), one blank line goes too, so no double gap is left behind.
 */
export function removeStatementEdit(statement: ts.Statement, text: string): TextEdit {
  let start = statement.getStart();
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = statement.getEnd();
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const atLineStart = start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r';
  if (!atLineStart) return { start: statement.getStart(), end: statement.getEnd(), text: '' };
  end += lineBreakAt(text, end);
  const previousLineBlank = start === 0 || isBlankLineBefore(text, start);
  const nextBreak = lineBreakAt(text, end);
  if (previousLineBlank && nextBreak > 0) end += nextBreak;
  return { start, end, text: '' };
}

function lineBreakAt(text: string, index: number): number {
  if (text[index] === '\r' && text[index + 1] === '\n') return 2;
  return text[index] === '\n' || text[index] === '\r' ? 1 : 0;
}

/** True when the line before the one starting at `lineStart` is empty. */
function isBlankLineBefore(text: string, lineStart: number): boolean {
  let i = lineStart;
  if (text[i - 1] === '\n') i--;
  if (text[i - 1] === '\r') i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}
