import type { TextEdit } from '../../../engine/types';
import type { Dialect } from '../shell/scriptRegion';
import type { Command } from '../shell/word';

/**
 * Edits deleting the words at `indices` (never index 0) together with the blanks and line continuations
 * before each run of them, so that the remaining command reads as if they had never been there.
 */
export function deleteWords(command: Command, indices: Iterable<number>): TextEdit[] {
  const sorted = [...new Set(indices)].filter((index) => index > 0).sort((a, b) => a - b);
  const edits: TextEdit[] = [];
  let runStart = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (runStart < 0) runStart = sorted[i];
    if (sorted[i + 1] !== sorted[i] + 1) {
      edits.push({ start: command.words[runStart - 1].end, end: command.words[sorted[i]].end, text: '' });
      runStart = -1;
    }
  }
  return edits;
}

/** `value` as one shell/PowerShell word: kept in the original double quotes when safe, else single-quoted. */
export function quoteWord(value: string, dialect: Dialect, originalQuote: "'" | '"' | undefined): string | undefined {
  const unsafeInDouble = dialect === 'sh' ? /[$`"\\!]/ : /[$`"]/;
  if (originalQuote === '"' && !unsafeInDouble.test(value)) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return dialect === 'pwsh' ? `'${value.replace(/'/g, "''")}'` : undefined;
}
