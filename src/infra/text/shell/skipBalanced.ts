import type { Dialect } from './scriptRegion';

/**
 * Offset just after the bracket that closes the one at `pos` (`(`, `{`), skipping quoted text; `limit`
 * when it never closes.
 */
export function skipBalanced(text: string, pos: number, limit: number, dialect: Dialect): number {
  const open = text[pos];
  const close = open === '(' ? ')' : '}';
  const escape = dialect === 'sh' ? '\\' : '`';
  let depth = 0;
  for (let i = pos; i < limit; i++) {
    const ch = text[i];
    if (ch === escape) {
      i++;
    } else if (ch === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0 || end >= limit) return limit;
      i = end;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < limit && text[j] !== '"') j += text[j] === escape ? 2 : 1;
      if (j >= limit) return limit;
      i = j;
    } else if (ch === open) {
      depth++;
    } else if (ch === close) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return limit;
}
