/** A token of Bicep text. Strings are single tokens; comments are dropped. */
export interface BicepToken {
  kind: 'ident' | 'string' | 'punct' | 'newline' | 'other';
  text: string;
  /** For a string without `${}` interpolation: its decoded value. */
  value?: string;
  start: number;
  end: number;
}

/**
 * Tokenises Bicep just enough to find objects: `'...'` strings with escapes and nested `${ }`
 * interpolation, `'''` verbatim strings, line and block comments, identifiers, newlines, punctuation.
 */
export function scanBicep(text: string): BicepToken[] {
  const tokens: BicepToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\uFEFF') {
      i++;
    } else if (ch === '\n' || ch === '\r') {
      const end = ch === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      tokens.push({ kind: 'newline', text: text.slice(i, end), start: i, end });
      i = end;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else if (text.startsWith("'''", i)) {
      const close = text.indexOf("'''", i + 3);
      const end = close < 0 ? text.length : close + 3;
      tokens.push({ kind: 'string', text: text.slice(i, end), value: text.slice(i + 3, end - 3), start: i, end });
      i = end;
    } else if (ch === "'") {
      const end = skipString(text, i);
      const raw = text.slice(i, end);
      tokens.push({ kind: 'string', text: raw, value: decodeString(raw), start: i, end });
      i = end;
    } else if (/[A-Za-z_]/.test(ch)) {
      let end = i + 1;
      while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
      tokens.push({ kind: 'ident', text: text.slice(i, end), start: i, end });
      i = end;
    } else {
      tokens.push({ kind: '{}[]():=,.'.includes(ch) ? 'punct' : 'other', text: ch, start: i, end: i + 1 });
      i++;
    }
  }
  return tokens;
}

/** End of a `'...'` string at `start`, stepping over `\'` escapes and `${ }` interpolations. */
function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\\') i += 2;
    else if (ch === "'") return i + 1;
    else if (ch === '$' && text[i + 1] === '{') i = skipInterpolation(text, i + 2);
    else if (ch === '\n') return i;
    else i++;
  }
  return i;
}

function skipInterpolation(text: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < text.length && depth > 0) {
    if (text[i] === "'") i = skipString(text, i);
    else {
      if (text[i] === '{') depth++;
      else if (text[i] === '}') depth--;
      i++;
    }
  }
  return i;
}

function decodeString(raw: string): string | undefined {
  const body = raw.slice(1, raw.length > 1 && raw.endsWith("'") ? -1 : undefined);
  if (/(?<!\\)\$\{/.test(body)) return undefined;
  return body.replace(/\\(.)/g, (_, escaped: string) => ({ n: '\n', t: '\t', r: '\r' })[escaped as 'n'] ?? escaped);
}
