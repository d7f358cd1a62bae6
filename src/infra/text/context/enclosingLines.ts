import type { TextLine } from '../regions/yamlLines';

/**
 * The lines that open the blocks around `offset`, innermost first, found by indentation as a reader
 * would: each is the nearest earlier line indented less than everything between it and the offset. Lines
 * holding only an opening brace (Allman style), `then` or `do` do not open a block of their own.
 */
export function enclosingLines(lines: readonly TextLine[], offset: number): TextLine[] {
  let index = lines.findIndex((line) => offset <= line.end);
  if (index < 0) index = lines.length - 1;
  const found: TextLine[] = [];
  let indent = lines[index]?.indent ?? 0;
  for (let i = index - 1; i >= 0 && indent > 0; i--) {
    const line = lines[i];
    const content = line.content.trim();
    if (content === '' || /^(?:\{|then|do|begin|#.*|\/\/.*)$/.test(content)) continue;
    if (line.indent < indent) {
      found.push(line);
      indent = line.indent;
    }
  }
  return found;
}

/** The earlier line at the same indentation that opens the `if` an `else` line continues, if any. */
export function ifLineBefore(lines: readonly TextLine[], elseLine: TextLine): TextLine | undefined {
  const index = lines.indexOf(elseLine);
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.content.trim() === '') continue;
    if (line.indent < elseLine.indent) return undefined;
    if (line.indent === elseLine.indent && /^\s*(?:\}\s*)?(?:if|elif|elsif|else\s*if|If|ElseIf)\b|^\s*\[\[?\s/i.test(line.content))
      return line;
  }
  return undefined;
}

const DECLARATION =
  /\b(?:def|function|func|class|module|sub|Function|Class)\s+(?:\([^)]*\)\s*)?([\w-]+)|([A-Za-z_]\w*)\s*\([^;]*\)\s*(?:\{|=>|throws\b|:|$)/;
const CONDITION = /^\s*(?:\}\s*)?(?:if|elif|elsif|else|elseif|unless|when|while|for|foreach|switch|catch|try|with|return)\b/i;

/** The names of the functions, methods and classes around `offset`, innermost first (by indentation). */
export function enclosingDeclarationNames(code: string, lines: readonly TextLine[], offset: number): string[] {
  const names: string[] = [];
  for (const line of enclosingLines(lines, offset)) {
    const text = code.slice(line.start, line.end);
    if (CONDITION.test(text)) continue;
    const declared = DECLARATION.exec(text);
    if (declared) names.push(declared[1] ?? declared[2]);
  }
  return names;
}
