/** A token of HCL (Terraform) text. Strings and heredocs are single tokens; comments are not tokens. */
export interface HclToken {
  kind: 'ident' | 'string' | 'punct' | 'newline' | 'other';
  text: string;
  /** For a string without `${}` / `%{}` templates: its decoded value. */
  value?: string;
  start: number;
  end: number;
}

/** Tokens of the text, plus the comment ranges (for reference searches that must ignore comments). */
export interface HclScan {
  tokens: HclToken[];
  comments: Array<{ start: number; end: number }>;
}

/**
 * Tokenises HCL just enough to find blocks: `"..."` strings with escapes and nested `${ }` templates,
 * heredocs (`<<EOF`, `<<-EOF`), `#` and `//` line comments, block comments, identifiers, newlines and punctuation.
 */
export function scanHcl(text: string): HclScan {
  const tokens: HclToken[] = [];
  const comments: HclScan['comments'] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\uFEFF') {
      i++;
    } else if (ch === '\n' || ch === '\r') {
      const end = ch === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      tokens.push({ kind: 'newline', text: text.slice(i, end), start: i, end });
      i = end;
    } else if (ch === '#' || (ch === '/' && text[i + 1] === '/')) {
      const end = lineEnd(text, i);
      comments.push({ start: i, end });
      i = end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      comments.push({ start: i, end });
      i = end;
    } else if (ch === '"') {
      const end = skipQuoted(text, i);
      tokens.push({ kind: 'string', text: text.slice(i, end), value: decodeQuoted(text.slice(i, end)), start: i, end });
      i = end;
    } else if (ch === '<' && text[i + 1] === '<' && /^<<-?[A-Za-z_]/.test(text.slice(i, i + 4))) {
      const end = skipHeredoc(text, i);
      tokens.push({ kind: 'string', text: text.slice(i, end), start: i, end });
      i = end;
    } else if (/[A-Za-z_]/.test(ch)) {
      let end = i + 1;
      while (end < text.length && /[A-Za-z0-9_-]/.test(text[end])) end++;
      tokens.push({ kind: 'ident', text: text.slice(i, end), start: i, end });
      i = end;
    } else if ('{}[]()=,.:?'.includes(ch)) {
      // `==`, `=>` are operators, not assignments.
      const end = ch === '=' && (text[i + 1] === '=' || text[i + 1] === '>') ? i + 2 : i + 1;
      tokens.push({ kind: end - i === 1 ? 'punct' : 'other', text: text.slice(i, end), start: i, end });
      i = end;
    } else {
      tokens.push({ kind: 'other', text: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return { tokens, comments };
}

function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** End of a `"..."` string starting at `start`, stepping over escapes and nested template expressions. */
function skipQuoted(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === '"') return i + 1;
    else if ((ch === '$' || ch === '%') && text[i + 1] === '{' && text[i - 1] !== ch) i = skipTemplate(text, i + 2);
    else if (ch === '\n')
      return i; // unterminated: stop at the line end
    else i++;
  }
  return i;
}

/** End of a `${ ... }` template body (offset after its `}`), which may hold strings and braces. */
function skipTemplate(text: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < text.length && depth > 0) {
    const ch = text[i];
    if (ch === '"') i = skipQuoted(text, i);
    else {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      i++;
    }
  }
  return i;
}

/** End of a heredoc: the line that holds only its delimiter (indented when `<<-`), line break excluded. */
function skipHeredoc(text: string, start: number): number {
  const header = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)/.exec(text.slice(start))!;
  const delimiter = header[1];
  let lineStart = lineEnd(text, start);
  while (lineStart < text.length) {
    lineStart += text[lineStart] === '\r' && text[lineStart + 1] === '\n' ? 2 : 1;
    const end = lineEnd(text, lineStart);
    if (text.slice(lineStart, end).trim() === delimiter) return end;
    lineStart = end;
  }
  return text.length;
}

/** The value of a plain quoted string; undefined when it holds a template (`${`, `%{`). */
function decodeQuoted(quoted: string): string | undefined {
  const body = quoted.slice(1, quoted.endsWith('"') && quoted.length > 1 ? -1 : undefined);
  if (/(?<![$%])[$%]\{/.test(body)) return undefined;
  return body.replace(/\\(.)/g, (_, escaped: string) => ({ n: '\n', t: '\t', r: '\r' })[escaped as 'n'] ?? escaped);
}
