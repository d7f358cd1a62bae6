/** One line of a text with its offsets (`end` excludes the line break) and indentation. */
export interface TextLine {
  start: number;
  end: number;
  indent: number;
  content: string;
}

/** Splits text into lines, recognising `\r\n`, `\n` and `\r`. */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\n|\r|$)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '' && match.index >= text.length) break;
    const content = match[0].replace(/(?:\r\n|\n|\r)$/, '');
    lines.push({ start: match.index, end: match.index + content.length, indent: /^[ \t]*/.exec(content)![0].length, content });
  }
  return lines;
}
