// Reading a SARIF text region back out of a file, the way a SARIF consumer does: 1-based lines (CRLF, LF
// and CR all end a line) and 1-based columns counted in UTF-16 code units (`columnKind: utf16CodeUnits`),
// with `endColumn` the column just after the region.

export interface TextRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** The offset of a 1-based line and column in `text`. */
export function offsetOf(text: string, line: number, column: number): number {
  let lineStart = 0;
  for (let current = 1; current < line; current++) {
    const next = text.slice(lineStart).search(/\r\n|\n|\r/);
    if (next < 0) throw new Error(`line ${line} is past the end of the text`);
    lineStart += next + (text.startsWith('\r\n', lineStart + next) ? 2 : 1);
  }
  return lineStart + column - 1;
}

/** The text a region covers. */
export function regionText(text: string, region: TextRegion): string {
  return text.slice(offsetOf(text, region.startLine, region.startColumn), offsetOf(text, region.endLine, region.endColumn));
}

export interface Replacement {
  deletedRegion: TextRegion;
  insertedContent?: { text?: string };
}

/** `text` with SARIF replacements applied (they address the original text, so apply from the end). */
export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  const edits = replacements.map((replacement) => ({
    start: offsetOf(text, replacement.deletedRegion.startLine, replacement.deletedRegion.startColumn),
    end: offsetOf(text, replacement.deletedRegion.endLine, replacement.deletedRegion.endColumn),
    insert: replacement.insertedContent?.text ?? '',
  }));
  edits.sort((a, b) => b.start - a.start);
  let output = text;
  for (const edit of edits) output = output.slice(0, edit.start) + edit.insert + output.slice(edit.end);
  return output;
}
