import type { SourceLanguage } from './sourceLanguage';

/** A string literal: `[start, end)` includes quotes and prefixes, `[contentStart, contentEnd)` does not. */
export interface StringLiteral {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** f-strings, `$"…"`, Ruby `"…#{}"`: holes may appear in the content. */
  interpolated: boolean;
}

/** String literals and comment ranges of a source text. */
export interface ScannedSource {
  literals: StringLiteral[];
  /** Comments, and Python docstrings (a triple-quoted string standing alone as a statement): documentation. */
  comments: Array<{ start: number; end: number }>;
}

/**
 * A lexer just precise enough to tell strings from comments: `#` (Python, Ruby, plus Ruby's
 * `=begin`/`=end`), `//` and `/* *\/` (C#, Java, Go); quotes, triple quotes, verbatim and raw strings.
 */
export function scanSourceText(text: string, language: SourceLanguage): ScannedSource {
  const scanned: ScannedSource = { literals: [], comments: [] };
  const hashComments = language === 'python' || language === 'ruby';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    if (hashComments && ch === '#') {
      i = comment(scanned, i, lineEnd(text, i));
    } else if (!hashComments && ch === '/' && next === '/') {
      i = comment(scanned, i, lineEnd(text, i));
    } else if (!hashComments && ch === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      i = comment(scanned, i, close < 0 ? text.length : close + 2);
    } else if (language === 'ruby' && ch === '=' && text.startsWith('=begin', i) && (i === 0 || text[i - 1] === '\n')) {
      const close = text.indexOf('\n=end', i);
      i = comment(scanned, i, close < 0 ? text.length : lineEnd(text, close + 1));
    } else if (ch === '"' || ch === "'" || ch === '`') {
      i = readLiteral(text, i, language, scanned);
    } else {
      i++;
    }
  }
  return scanned;
}

function comment(scanned: ScannedSource, start: number, end: number): number {
  scanned.comments.push({ start, end });
  return end;
}

function lineEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

function readLiteral(text: string, quoteAt: number, language: SourceLanguage, scanned: ScannedSource): number {
  const quote = text[quoteAt];
  const prefix = /[A-Za-z@$]*$/.exec(text.slice(Math.max(0, quoteAt - 3), quoteAt))![0];
  const start = quoteAt - prefix.length;
  const lowerPrefix = prefix.toLowerCase();
  if (quote === '`' && language !== 'go') return quoteAt + 1;
  if (quote === "'" && (language === 'csharp' || language === 'java' || language === 'go')) return skipCharLiteral(text, quoteAt);
  const triple = (language === 'python' || language === 'java' || language === 'csharp') && text.startsWith(quote.repeat(3), quoteAt);
  const delimiter = triple ? quote.repeat(3) : quote;
  const raw =
    quote === '`' || (language === 'python' && lowerPrefix.includes('r')) || (language === 'csharp' && (prefix.includes('@') || triple));
  const doubledQuotes = language === 'csharp' && prefix.includes('@');
  const interpolated =
    (language === 'python' && lowerPrefix.includes('f')) ||
    (language === 'csharp' && prefix.includes('$')) ||
    (language === 'ruby' && quote === '"');
  const contentStart = quoteAt + delimiter.length;
  let i = contentStart;
  while (i < text.length) {
    if (!raw && text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text.startsWith(delimiter, i)) {
      if (doubledQuotes && text[i + 1] === quote) {
        i += 2;
        continue;
      }
      break;
    }
    if (!triple && quote !== '`' && text[i] === '\n' && language !== 'ruby') break;
    i++;
  }
  const contentEnd = Math.min(i, text.length);
  const end = Math.min(contentEnd + delimiter.length, text.length);
  if (language === 'python' && triple && standsAlone(text, start, end)) scanned.comments.push({ start, end });
  else scanned.literals.push({ start, end, contentStart, contentEnd, interpolated });
  return end;
}

function skipCharLiteral(text: string, quoteAt: number): number {
  const close = text.indexOf("'", quoteAt + (text[quoteAt + 1] === '\\' ? 3 : 2));
  return close < 0 || close - quoteAt > 12 ? quoteAt + 1 : close + 1;
}

/**
 * A docstring: the string stands alone on its lines and opens the module or follows a `def`/`class` header
 * (the code before it ends with `:`). A string alone on a line inside brackets is a value, not a docstring.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  if (text.slice(lineStart, start).trim() !== '') return false;
  const before = text
    .slice(Math.max(0, lineStart - 400), lineStart)
    .replace(/#[^\r\n]*/g, '')
    .trimEnd();
  if (before !== '' && !before.endsWith(':')) return false;
  const after = /^[ \t]*(?:[\r\n]|$)/.exec(text.slice(end, end + 200));
  return after !== null;
}
