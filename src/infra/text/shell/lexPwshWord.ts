import { skipBalanced } from './skipBalanced';
import type { Word } from './word';
import { WordBuilder } from './wordBuilder';

const WORD_BREAK = new Set([' ', '\t', '\n', '\r', ';', '|', ')', '}', '{']);
const BACKTICK_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Reads one PowerShell argument-mode word (a bare word, quoted string, `@{…}`, `(…)` or `@splat`) at `pos`. */
export function lexPwshWord(text: string, pos: number, limit: number): Word {
  const start = pos;
  const builder = new WordBuilder();
  const next = text[pos + 1] ?? '';
  if (text[pos] === '@' && next === '{') {
    return builder.build(text, start, skipBalanced(text, pos + 1, limit, 'pwsh'), 'hashtable');
  }
  if (text[pos] === '@' && (next === '"' || next === "'")) {
    const close = text.indexOf(`\n${next}@`, pos + 2);
    const end = close < 0 || close >= limit ? limit : close + 3;
    builder.expansion('u');
    return builder.build(text, start, end);
  }
  if (text[pos] === '@' && /\w/.test(next)) {
    const name = /^\w+/.exec(text.slice(pos + 1))?.[0] ?? '';
    builder.expansion('u');
    return builder.build(text, start, pos + 1 + name.length, 'splat');
  }
  const kind: Word['kind'] = text[pos] === '(' ? 'group' : 'word';
  while (pos < limit) {
    const ch = text[pos];
    if (WORD_BREAK.has(ch)) break;
    if (ch === '`') {
      const escaped = text[pos + 1] ?? '';
      if (escaped === '\n' || escaped === '\r' || pos + 1 >= limit) break;
      builder.literal(BACKTICK_ESCAPES[escaped] ?? escaped, 'u');
      pos += 2;
    } else if (ch === "'") {
      builder.openQuote("'");
      pos = lexSingleQuoted(text, pos + 1, limit, builder);
    } else if (ch === '"') {
      builder.openQuote('"');
      pos = lexDoubleQuoted(text, pos + 1, limit, builder);
    } else if (ch === '(') {
      const end = skipBalanced(text, pos, limit, 'pwsh');
      builder.expansion('u');
      builder.substitutions.push({ start: pos + 1, end: Math.max(pos + 1, end - 1) });
      pos = end;
    } else if (ch === '$') {
      const after = skipVariable(text, pos, limit, builder, 'u');
      if (after === pos) builder.literal('$', 'u');
      pos = Math.max(after, pos + 1);
    } else {
      builder.literal(ch, 'u');
      pos++;
    }
  }
  return builder.build(text, start, pos, kind);
}

function lexSingleQuoted(text: string, pos: number, limit: number, builder: WordBuilder): number {
  let content = '';
  while (pos < limit) {
    if (text[pos] === "'") {
      if (text[pos + 1] === "'") {
        content += "'";
        pos += 2;
        continue;
      }
      builder.literal(content, "'");
      return pos + 1;
    }
    content += text[pos++];
  }
  builder.literal(content, "'");
  return limit;
}

function lexDoubleQuoted(text: string, pos: number, limit: number, builder: WordBuilder): number {
  while (pos < limit) {
    const ch = text[pos];
    if (ch === '"') {
      if (text[pos + 1] !== '"') return pos + 1;
      builder.literal('"', '"');
      pos += 2;
    } else if (ch === '`') {
      const escaped = text[pos + 1] ?? '';
      builder.literal(BACKTICK_ESCAPES[escaped] ?? escaped, '"');
      pos += 2;
    } else if (ch === '$') {
      const after = skipVariable(text, pos, limit, builder, '"');
      if (after === pos) builder.literal('$', '"');
      pos = Math.max(after, pos + 1);
    } else {
      builder.literal(ch, '"');
      pos++;
    }
  }
  return limit;
}

/** Skips `$name`, `$scope:name`, `${…}` or `$(…)` at `pos`; returns `pos` when `$` is literal. */
function skipVariable(text: string, pos: number, limit: number, builder: WordBuilder, segment: 'u' | '"'): number {
  const next = text[pos + 1] ?? '';
  if (next === '(') {
    const end = skipBalanced(text, pos + 1, limit, 'pwsh');
    builder.expansion(segment);
    builder.substitutions.push({ start: pos + 2, end: Math.max(pos + 2, end - 1) });
    return end;
  }
  if (next === '{') {
    builder.expansion(segment);
    const close = text.indexOf('}', pos + 2);
    return close < 0 || close >= limit ? limit : close + 1;
  }
  const name = /^(?:\w+:)?\w+|^[?^$]/.exec(text.slice(pos + 1, Math.min(limit, pos + 200)));
  if (name) {
    builder.expansion(segment);
    return pos + 1 + name[0].length;
  }
  return pos;
}
