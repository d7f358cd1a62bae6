import type { HclToken } from './hclTokens';

/** A string-valued attribute (`publisher = "..."`); `value` is undefined when the string is templated. */
export interface HclAttribute {
  name: string;
  value?: string;
  start: number;
  end: number;
}

/** A block: `type "label" ... { body }`, with its offsets (start of the type word, after the `}`). */
export interface HclBlock {
  type: string;
  labels: string[];
  start: number;
  end: number;
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

const OPENERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** Parses the top-level blocks of a token stream (attributes and nested blocks of each, recursively). */
export function parseHclBlocks(tokens: readonly HclToken[]): HclBlock[] {
  const closers = matchBrackets(tokens);
  return parseBody(tokens, closers, 0, tokens.length).blocks;
}

/** For each opening bracket token index, the index of its closing token (or the end of input). */
function matchBrackets(tokens: readonly HclToken[]): Map<number, number> {
  const closers = new Map<number, number>();
  const stack: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'punct') return;
    if (OPENERS[token.text]) stack.push(index);
    else if ('}])'.includes(token.text)) {
      // Pop until the matching opener: stray closers in broken input do not derail the rest.
      while (stack.length > 0) {
        const open = stack.pop()!;
        if (OPENERS[tokens[open].text] === token.text) {
          closers.set(open, index);
          break;
        }
        closers.set(open, index);
      }
    }
  });
  for (const open of stack) closers.set(open, tokens.length);
  return closers;
}

function parseBody(
  tokens: readonly HclToken[],
  closers: Map<number, number>,
  from: number,
  to: number,
): { attributes: HclAttribute[]; blocks: HclBlock[] } {
  const attributes: HclAttribute[] = [];
  const blocks: HclBlock[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (token.kind !== 'ident') {
      i = skipToLineEnd(tokens, closers, i, to);
      continue;
    }
    if (tokens[i + 1]?.kind === 'punct' && tokens[i + 1].text === '=') {
      const valueEnd = skipToLineEnd(tokens, closers, i + 2, to);
      const valueTokens = tokens.slice(i + 2, valueEnd).filter((t) => t.kind !== 'newline');
      const only = valueTokens.length === 1 && valueTokens[0].kind === 'string' ? valueTokens[0] : undefined;
      attributes.push({
        name: token.text,
        value: only?.value,
        start: token.start,
        end: valueTokens[valueTokens.length - 1]?.end ?? token.end,
      });
      i = valueEnd;
      continue;
    }
    let j = i + 1;
    const labels: string[] = [];
    while (j < to && (tokens[j].kind === 'string' || tokens[j].kind === 'ident')) {
      labels.push(tokens[j].value ?? tokens[j].text);
      j++;
    }
    if (j < to && tokens[j].kind === 'punct' && tokens[j].text === '{') {
      const close = closers.get(j) ?? to;
      const body = parseBody(tokens, closers, j + 1, Math.min(close, to));
      blocks.push({ type: token.text, labels, start: token.start, end: tokens[close]?.end ?? tokens[to - 1].end, ...body });
      i = close + 1;
      continue;
    }
    i = skipToLineEnd(tokens, closers, i, to);
  }
  return { attributes, blocks };
}

/** Index after the newline that ends the expression starting at `from` (brackets may span lines). */
function skipToLineEnd(tokens: readonly HclToken[], closers: Map<number, number>, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (token.kind === 'newline') return i + 1;
    if (token.kind === 'punct' && OPENERS[token.text]) i = (closers.get(i) ?? to) + 1;
    else i++;
  }
  return to;
}
