import type { PortSource } from './legacyUrlShapes';

const FORMAT_FUNCTION = /(?:\bformat|\bFormat|\bSprintf|\bErrorf|\bsprintf|\bprintf|\bformatted)\s*$/;

/**
 * The arguments that fill the placeholders of the format string at `[start, end)` (quotes included): of
 * `'…'.format(a, b)`, `'…' % (a, b)` / `'…' % a`, `"…" -f $a, $b`, `String.format("…", a)`,
 * `string.Format(provider, "…", a)`, `fmt.Sprintf("…", a)`, `format("…", a)`. Undefined when the string is
 * not formatted where it is written (a constant formatted elsewhere). Pure.
 */
export function formatArgumentsOf(code: string, start: number, end: number): string[] | undefined {
  const after = code.slice(end, end + 400);
  const method = /^\s*\.\s*format\s*\(/.exec(after);
  if (method) return splitArguments(code, end + method[0].length);
  const percent = /^\s*%(?!=)\s*/.exec(after);
  if (percent) {
    const at = end + percent[0].length;
    if (code[at] === '(' || code[at] === '[') return splitArguments(code, at + 1);
    return [readOperand(code, at)];
  }
  const dashF = /^\s*-f\s+/i.exec(after);
  if (dashF) return splitArguments(code, end + dashF[0].length, true);
  const open = unbalancedParenBefore(code, start);
  if (open === undefined || !FORMAT_FUNCTION.test(code.slice(Math.max(0, open - 40), open))) return undefined;
  const all = splitArguments(code, open + 1);
  const index = argumentIndexAt(code, open + 1, start);
  return all.slice(index + 1);
}

/** The expression a placeholder stands for, given the format arguments. */
export function placeholderExpression(
  port: Extract<PortSource, { kind: 'placeholder' }>,
  content: string,
  args: string[],
): string | undefined {
  const { key } = port;
  let index: number | undefined;
  if (/^\d+$/.test(key)) index = Number(key);
  else if (key === '' || key === '%') index = countBefore(content, port.raw, key);
  if (index !== undefined) return args[index];
  const keyword = args.find((arg) => new RegExp(`^${key}\\s*=(?!=)`).test(arg));
  return keyword ? keyword.slice(keyword.indexOf('=') + 1).trim() : key;
}

/** How many placeholders of the same sequential kind come before the one written `raw` in `content`. */
function countBefore(content: string, raw: string, key: string): number {
  const at = content.indexOf(`:${raw}/oauth2/token`);
  const before = at < 0 ? '' : content.slice(0, at);
  const pattern = key === '' ? /\{\}/g : /%(?!%)[-+ 0#]*\d*[a-zA-Z]/g;
  return (before.replace(/%%/g, '').match(pattern) ?? []).length;
}

function readOperand(code: string, at: number): string {
  const match = /^[\w.$@[\]'"]+(?:\([^()\n]*\))?/.exec(code.slice(at, at + 200));
  return match ? match[0] : '';
}

/** Arguments from `at` to the closing bracket (or, for PowerShell's `-f`, the end of the line). */
function splitArguments(code: string, at: number, toLineEnd = false): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (let i = at; i < code.length && i < at + 2000; i++) {
    const ch = code[i];
    if (quote) {
      current += ch;
      if (ch === '\\' && quote !== "'") current += code[++i] ?? '';
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) break;
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
      continue;
    } else if (toLineEnd && depth === 0 && (ch === '\n' || ch === ';' || ch === '|')) break;
    current += ch;
  }
  if (current.trim() !== '') args.push(current.trim());
  return args;
}

function unbalancedParenBefore(code: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start - 1; i >= 0 && i > start - 400; i--) {
    const ch = code[i];
    if (ch === ')' || ch === ']') depth++;
    else if (ch === '[') depth--;
    else if (ch === '(') {
      if (depth === 0) return i;
      depth--;
    } else if (ch === ';' || ch === '{' || ch === '}') return undefined;
  }
  return undefined;
}

/** Which top-level argument (0-based) of the call whose arguments start at `from` holds `offset`. */
function argumentIndexAt(code: string, from: number, offset: number): number {
  let depth = 0;
  let index = 0;
  let quote: string | undefined;
  for (let i = from; i < offset; i++) {
    const ch = code[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) index++;
  }
  return index;
}
