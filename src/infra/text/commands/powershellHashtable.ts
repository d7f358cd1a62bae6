/** One `key = value` entry of a PowerShell hashtable literal; `value` is undefined when not literal. */
export interface HashtableEntry {
  key: string;
  value?: string;
}

/** The entries of a `@{ … }` literal, or undefined when it is not a flat list of `key = value` pairs. */
export function parseHashtable(raw: string): HashtableEntry[] | undefined {
  if (!raw.startsWith('@{') || !raw.endsWith('}')) return undefined;
  const entries: HashtableEntry[] = [];
  for (const piece of splitEntries(raw.slice(2, -1))) {
    if (piece.trim() === '') continue;
    const match = /^\s*(?:'([^']*)'|"([^"$`]*)"|([\w-]+))\s*=\s*([\s\S]*?)\s*$/.exec(piece);
    if (!match) return undefined;
    entries.push({ key: match[1] ?? match[2] ?? match[3], value: literalValue(match[4]) });
  }
  return entries;
}

function splitEntries(body: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let quote: string | undefined;
  let depth = 0;
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
    } else if (ch === '(' || ch === '{' || ch === '[') {
      depth++;
    } else if (ch === ')' || ch === '}' || ch === ']') {
      depth--;
    } else if ((ch === ';' || ch === '\n') && depth === 0) {
      pieces.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  pieces.push(current);
  return pieces.map((piece) => piece.replace(/\r$/, ''));
}

/** The value of a PowerShell literal (`'a'`, `"a"` without expansions, `$true`, a bare word); undefined otherwise. */
export function literalValue(source: string): string | undefined {
  const single = /^'((?:[^']|'')*)'$/.exec(source);
  if (single) return single[1].replace(/''/g, "'");
  const double = /^"([^"$`]*)"$/.exec(source);
  if (double) return double[1];
  if (/^\$true$/i.test(source)) return 'true';
  if (/^[\w.:/-]+$/.test(source) && !source.startsWith('$')) return source;
  return undefined;
}
