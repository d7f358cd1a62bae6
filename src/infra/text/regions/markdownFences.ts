import { splitLines } from './yamlLines';

/** A fenced code block: its info-string language (lowercased, may be '') and the range of its body. */
export interface MarkdownFence {
  language: string;
  start: number;
  end: number;
}

/** Every fenced code block (``` or ~~~) of a Markdown text; an unclosed fence runs to the end. */
export function markdownFences(text: string): MarkdownFence[] {
  const fences: MarkdownFence[] = [];
  const lines = splitLines(text);
  let open: { marker: string; language: string; bodyLine: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`{]*)/.exec(lines[i].content);
    if (!open) {
      if (fence) open = { marker: fence[1], language: fence[2].toLowerCase(), bodyLine: i + 1 };
      continue;
    }
    if (fence && fence[1][0] === open.marker[0] && fence[1].length >= open.marker.length && fence[2] === '') {
      if (i > open.bodyLine) fences.push({ language: open.language, start: lines[open.bodyLine].start, end: lines[i - 1].end });
      open = undefined;
    }
  }
  if (open && open.bodyLine < lines.length) fences.push({ language: open.language, start: lines[open.bodyLine].start, end: text.length });
  return fences;
}
