/**
 * The right-hand sides of every assignment to `name` in `code` (comments blanked), as a lexer can see them:
 * `name = …`, `name := …`, `[int]$name = …` (PowerShell, also in a `param()` block), `NAME=…` (shell),
 * `name: T = …` (Python annotations), `name=…` (keyword defaults and arguments), `name: …` (Ruby keyword
 * defaults, Go struct fields, dictionary entries), `Name { get; set; } = …` (C# properties). Each right-hand
 * side ends at the end of its line or at the first `,` `;` `)` outside brackets and quotes.
 */
export function assignedExpressions(code: string, name: string, caseInsensitive: boolean): string[] {
  const escaped = name.replace(/[$]/g, '\\$');
  const target = String.raw`(?<![\w.])(?:\$(?:env:|script:|global:|local:)?|@{1,2}|(?:self|this|cls|me)\.|\w+\.)?${escaped}['"]?`;
  const annotation = String.raw`(?:\s*:\s*[A-Za-z_][\w\[\]., |]*?(?=\s*=))?`;
  const property = String.raw`(?:\s*\{[^{}\n]*\})?`;
  const operator = String.raw`\s*(?::=|=(?![=~>])|:(?![:=]))[ \t]*`;
  const pattern = new RegExp(`${target}${annotation}${property}${operator}([^\\n]*)`, caseInsensitive ? 'gi' : 'g');
  const found: string[] = [];
  for (const match of code.matchAll(pattern)) {
    const rhs = firstExpression(match[1]);
    if (rhs !== '') found.push(rhs);
  }
  return found;
}

/** The text up to the first `,`, `;` or unbalanced closing bracket that is not inside quotes or brackets. */
function firstExpression(text: string): string {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (depth === 0) return text.slice(0, i).trim();
      depth--;
    } else if ((ch === ',' || ch === ';') && depth === 0) {
      return text.slice(0, i).trim();
    }
  }
  return text.trim();
}
