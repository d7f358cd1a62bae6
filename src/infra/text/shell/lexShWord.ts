import { skipBalanced } from './skipBalanced';
import type { Word } from './word';
import { WordBuilder } from './wordBuilder';

const REDIRECT = /[0-9]*(?:&>>?|>>?|<<<|<<-?|<>|>&|<&|<|>)(?:[0-9]+-?|-)?/y;
const WORD_BREAK = new Set([' ', '\t', '\n', '\r', ';', '&', '|', ')', '<', '>']);

/** Reads one POSIX-shell word (or redirection operator) starting at `pos`. */
export function lexShWord(text: string, pos: number, limit: number): Word {
  const start = pos;
  const builder = new WordBuilder();
  REDIRECT.lastIndex = pos;
  const redirect = REDIRECT.exec(text);
  if (redirect && redirect.index === pos && pos + redirect[0].length <= limit) {
    return builder.build(text, pos, pos + redirect[0].length, 'redirect');
  }
  while (pos < limit) {
    const ch = text[pos];
    if (WORD_BREAK.has(ch)) break;
    if (ch === '\\') {
      pos = lexBackslash(text, pos, limit, builder);
    } else if (ch === "'") {
      builder.openQuote("'");
      const close = text.indexOf("'", pos + 1);
      const stop = close < 0 || close >= limit ? limit : close;
      builder.literal(text.slice(pos + 1, stop), "'");
      pos = Math.min(stop + 1, limit);
    } else if (ch === '"') {
      builder.openQuote('"');
      pos = lexDoubleQuoted(text, pos + 1, limit, builder);
    } else if (ch === '$' || ch === '`') {
      const after = skipExpansion(text, pos, limit, builder, 'u');
      if (after === pos) builder.literal(ch, 'u');
      pos = Math.max(after, pos + 1);
    } else {
      builder.literal(ch, 'u');
      pos++;
    }
  }
  return builder.build(text, start, pos);
}

function lexBackslash(text: string, pos: number, limit: number, builder: WordBuilder): number {
  const next = text[pos + 1];
  if (next === '\n') return pos + 2;
  if (next === '\r' && text[pos + 2] === '\n') return pos + 3;
  if (pos + 1 >= limit) {
    builder.literal('\\', 'u');
    return pos + 1;
  }
  builder.literal(next, 'u');
  return pos + 2;
}

function lexDoubleQuoted(text: string, pos: number, limit: number, builder: WordBuilder): number {
  while (pos < limit && text[pos] !== '"') {
    const ch = text[pos];
    if (ch === '\\' && '$`"\\\n'.includes(text[pos + 1] ?? '')) {
      if (text[pos + 1] !== '\n') builder.literal(text[pos + 1], '"');
      pos += 2;
    } else if (ch === '$' || ch === '`') {
      const after = skipExpansion(text, pos, limit, builder, '"');
      if (after === pos) builder.literal(ch, '"');
      pos = Math.max(after, pos + 1);
    } else {
      builder.literal(ch, '"');
      pos++;
    }
  }
  return Math.min(pos + 1, limit);
}

/** Skips `$name`, `${…}`, `$(…)`, `$((…))`, `$'…'` or `` `…` `` at `pos`; returns `pos` when nothing expands. */
function skipExpansion(text: string, pos: number, limit: number, builder: WordBuilder, segment: 'u' | '"'): number {
  const ch = text[pos];
  const next = text[pos + 1] ?? '';
  if (ch === '`') {
    const close = text.indexOf('`', pos + 1);
    const end = close < 0 || close >= limit ? limit : close;
    builder.expansion(segment);
    builder.substitutions.push({ start: pos + 1, end });
    return Math.min(end + 1, limit);
  }
  if (next === '(') {
    const end = skipBalanced(text, pos + 1, limit, 'sh');
    builder.expansion(segment);
    if (text[pos + 2] !== '(') builder.substitutions.push({ start: pos + 2, end: Math.max(pos + 2, end - 1) });
    return end;
  }
  if (next === '{') {
    builder.expansion(segment);
    return skipBalanced(text, pos + 1, limit, 'sh');
  }
  if (next === "'" && segment === 'u') {
    let i = pos + 2;
    while (i < limit && text[i] !== "'") i += text[i] === '\\' ? 2 : 1;
    builder.expansion(segment);
    return Math.min(i + 1, limit);
  }
  const name = /^(?:[A-Za-z_]\w*|[0-9?#@*$!-])/.exec(text.slice(pos + 1, Math.min(limit, pos + 200)));
  if (name) {
    builder.expansion(segment);
    return pos + 1 + name[0].length;
  }
  return pos;
}
