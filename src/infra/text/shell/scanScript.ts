import { lexPwshWord } from './lexPwshWord';
import { lexShWord } from './lexShWord';
import type { ScriptRegion } from './scriptRegion';
import type { Command, Word } from './word';

/** Commands and comments of one script region; commands inside `$(…)`, backticks and `(…)` included. */
export interface ScannedScript {
  commands: Command[];
  comments: Array<{ start: number; end: number }>;
}

const SH_PREFIX_WORDS = new Set([
  '$',
  'sudo',
  'time',
  'exec',
  'nohup',
  'command',
  'env',
  'then',
  'do',
  'else',
  'elif',
  'if',
  'while',
  'until',
  '!',
  '{',
]);

/** Splits a region into simple commands (separated by newlines, `;`, `&`, `|`, brackets) and comments. */
export function scanScript(text: string, region: ScriptRegion): ScannedScript {
  const scanned: ScannedScript = { commands: [], comments: [] };
  scanRange(text, region, region.start, region.end, scanned);
  scanned.commands.sort((a, b) => a.words[0].start - b.words[0].start);
  return scanned;
}

function scanRange(text: string, region: ScriptRegion, start: number, end: number, out: ScannedScript): void {
  const sh = region.dialect === 'sh';
  let words: Word[] = [];
  const flush = (): void => {
    const command = toCommand(words, sh);
    if (command) out.commands.push(command);
    words = [];
  };
  let pos = start;
  while (pos < end) {
    const ch = text[pos];
    const next = text[pos + 1];
    if (ch === ' ' || ch === '\t') {
      pos++;
    } else if (ch === region.continuation && (next === '\n' || (next === '\r' && text[pos + 2] === '\n'))) {
      pos += next === '\n' ? 2 : 3;
    } else if (ch === '\n' || ch === '\r') {
      if (!region.foldedNewlines) flush();
      pos++;
    } else if (ch === '#') {
      const lineEnd = findLineEnd(text, pos, end);
      out.comments.push({ start: pos, end: lineEnd });
      pos = lineEnd;
    } else if (!sh && ch === '<' && next === '#') {
      const close = text.indexOf('#>', pos + 2);
      const stop = close < 0 || close + 2 > end ? end : close + 2;
      out.comments.push({ start: pos, end: stop });
      pos = stop;
    } else if (isSeparator(ch, next, sh) && !(ch === '(' && !sh && words.length > 0)) {
      flush();
      pos++;
    } else {
      const word = sh ? lexShWord(text, pos, end) : lexPwshWord(text, pos, end);
      if (word.end <= pos) {
        pos++;
        continue;
      }
      words.push(word);
      pos = word.end;
      for (const inner of word.substitutions) scanRange(text, region, inner.start, inner.end, out);
    }
  }
  flush();
}

function isSeparator(ch: string, next: string | undefined, sh: boolean): boolean {
  if (ch === '&' && next === '>') return false;
  if (ch === ';' || ch === '|' || ch === '&' || ch === ')' || ch === '(') return true;
  return !sh && (ch === '{' || ch === '}');
}

function findLineEnd(text: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Drops leading assignments and prefixes (`sudo`, `then`, `$x =`, a documentation prompt `$`) so that words[0] is the program. */
function toCommand(words: Word[], sh: boolean): Command | undefined {
  let first = 0;
  while (first < words.length) {
    const word = words[first];
    if (sh && /^[A-Za-z_]\w*\+?=/.test(word.raw)) first++;
    else if (sh && SH_PREFIX_WORDS.has(word.value ?? '')) {
      first++;
      while (word.value === 'sudo' && first < words.length && words[first].raw.startsWith('-')) first++;
    } else if (!sh && word.raw.startsWith('$') && /^[+-]?=$/.test(words[first + 1]?.raw ?? '')) first += 2;
    else break;
  }
  const rest = words.slice(first);
  if (rest.length === 0) return undefined;
  return { words: rest, end: rest[rest.length - 1].end };
}
