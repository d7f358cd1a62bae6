/**
 * Just enough of the ARM template expression language (`[concat(parameters('vm'), '/ext')]`,
 * `[resourceId('Microsoft.Compute/virtualMachines/extensions', parameters('vm'), 'ext')]`, `format`)
 * to tell whether two strings name the same resource. Nothing is evaluated: parameters and variables
 * stay symbolic and compare by their normalised text.
 */

type ArmExpression =
  { kind: 'string'; value: string } | { kind: 'call'; name: string; args: ArmExpression[] } | { kind: 'other'; text: string };

/** A resource name split on `/`: each segment a `+`-joined list of literal (`l:`) and symbolic (`e:`) parts. */
export type NameSegments = string[];

/** A resource a `dependsOn` entry (or a name) points at: its type when the string says, and its name segments. */
export interface ResourceReference {
  type?: string;
  segments: NameSegments;
}

type Piece = { literal: string } | { symbol: string };

/** Parses an ARM string value: an expression when it is `[...]` (but not the `[[` escape), otherwise a literal. */
function parseArmString(value: string): ArmExpression | undefined {
  const trimmed = value.trim();
  if (!(trimmed.startsWith('[') && trimmed.endsWith(']')) || trimmed.startsWith('[[')) {
    return { kind: 'string', value };
  }
  const parser = new ExpressionParser(trimmed.slice(1, -1));
  const expression = parser.parseExpression();
  return parser.atEnd() ? expression : undefined;
}

class ExpressionParser {
  private position = 0;
  constructor(private readonly source: string) {}

  atEnd(): boolean {
    this.skipSpace();
    return this.position >= this.source.length;
  }

  parseExpression(): ArmExpression {
    this.skipSpace();
    const start = this.position;
    let expression: ArmExpression;
    if (this.source[this.position] === "'") {
      expression = { kind: 'string', value: this.readString() };
    } else {
      const name = this.readWhile(/[A-Za-z0-9_.-]/);
      this.skipSpace();
      if (name && this.source[this.position] === '(') {
        this.position++;
        const args: ArmExpression[] = [];
        this.skipSpace();
        while (this.position < this.source.length && this.source[this.position] !== ')') {
          args.push(this.parseExpression());
          this.skipSpace();
          if (this.source[this.position] === ',') this.position++;
          else if (this.source[this.position] !== ')') break;
        }
        this.position++;
        expression = { kind: 'call', name: name.toLowerCase(), args };
      } else {
        expression = { kind: 'other', text: name };
      }
    }
    // Property access and indexing (`reference(x).id`, `parameters('a')[0]`) make the value symbolic.
    let accessed = false;
    for (;;) {
      this.skipSpace();
      const next = this.source[this.position];
      if (next === '.') {
        this.position++;
        this.readWhile(/[A-Za-z0-9_]/);
      } else if (next === '[') {
        this.position++;
        this.parseExpression();
        this.skipSpace();
        this.position++;
      } else break;
      accessed = true;
    }
    if (accessed || expression.kind === 'other') {
      return { kind: 'other', text: normaliseSymbol(this.source.slice(start, this.position)) };
    }
    return expression;
  }

  private readString(): string {
    let value = '';
    this.position++;
    while (this.position < this.source.length) {
      const ch = this.source[this.position++];
      if (ch === "'") {
        if (this.source[this.position] === "'") {
          value += "'";
          this.position++;
        } else return value;
      } else value += ch;
    }
    return value;
  }

  private readWhile(pattern: RegExp): string {
    const start = this.position;
    while (this.position < this.source.length && pattern.test(this.source[this.position])) this.position++;
    return this.source.slice(start, this.position);
  }

  private skipSpace(): void {
    while (this.position < this.source.length && /\s/.test(this.source[this.position])) this.position++;
  }
}

/** Symbolic text compared case-insensitively and without whitespace outside quotes. */
function normaliseSymbol(text: string): string {
  return text.replace(/'(?:[^']|'')*'|\s+/g, (m) => (m.startsWith("'") ? m : '')).toLowerCase();
}

/** The literal and symbolic pieces a string-valued expression concatenates. */
function piecesOf(expression: ArmExpression): Piece[] {
  if (expression.kind === 'string') return [{ literal: expression.value }];
  if (expression.kind === 'call' && expression.name === 'concat') return expression.args.flatMap(piecesOf);
  if (expression.kind === 'call' && expression.name === 'format' && expression.args[0]?.kind === 'string') {
    const [template, ...values] = expression.args;
    return template.value.split(/(\{\d+\})/).flatMap((part): Piece[] => {
      const placeholder = /^\{(\d+)\}$/.exec(part);
      if (!placeholder) return [{ literal: part }];
      const value = values[Number(placeholder[1])];
      return value ? piecesOf(value) : [{ literal: part }];
    });
  }
  return [{ symbol: symbolOf(expression) }];
}

function symbolOf(expression: ArmExpression): string {
  if (expression.kind === 'other') return expression.text;
  if (expression.kind === 'string') return `'${expression.value.toLowerCase()}'`;
  return `${expression.name}(${expression.args.map(symbolOf).join(',')})`;
}

/** Joins pieces into `/`-separated segments (the `/` may sit inside a literal piece). */
function segmentsOf(pieces: readonly Piece[], splitOnSlash: boolean): NameSegments {
  const segments: string[][] = [[]];
  const push = (token: string): void => {
    const current = segments[segments.length - 1];
    const previous = current[current.length - 1];
    if (token.startsWith('l:') && previous?.startsWith('l:')) current[current.length - 1] = previous + token.slice(2);
    else current.push(token);
  };
  for (const piece of pieces) {
    if ('symbol' in piece) {
      push(`e:${piece.symbol}`);
      continue;
    }
    const parts = splitOnSlash ? piece.literal.toLowerCase().split('/') : [piece.literal.toLowerCase()];
    parts.forEach((part, index) => {
      if (index > 0) segments.push([]);
      if (part) push(`l:${part}`);
    });
  }
  return segments.map((tokens) => tokens.join('+'));
}

/** The name segments of a resource's `name` value (literal or expression), or undefined if unreadable. */
export function nameSegments(name: string): NameSegments | undefined {
  const expression = parseArmString(name);
  return expression ? segmentsOf(piecesOf(expression), true) : undefined;
}

const RESOURCE_ID_FUNCTIONS = new Set(['resourceid', 'subscriptionresourceid', 'extensionresourceid']);

/** What a `dependsOn` entry points at: a `resourceId(...)` call, a full `Provider/type/name` id, or a name. */
export function referenceOf(value: string): ResourceReference | undefined {
  const expression = parseArmString(value);
  if (!expression) return undefined;
  if (expression.kind === 'call' && RESOURCE_ID_FUNCTIONS.has(expression.name)) {
    const typeIndex = expression.args.findIndex((arg) => arg.kind === 'string' && arg.value.includes('/'));
    if (typeIndex < 0) return undefined;
    const type = (expression.args[typeIndex] as { value: string }).value.toLowerCase();
    const segments = expression.args.slice(typeIndex + 1).map((arg) => segmentsOf(piecesOf(arg), false)[0]);
    return { type, segments };
  }
  const segments = segmentsOf(piecesOf(expression), true);
  const id = resourceIdFromSegments(segments);
  return id ?? { segments };
}

/** `.../providers/Microsoft.Compute/virtualMachines/vm/extensions/ext` written out as one string. */
function resourceIdFromSegments(segments: NameSegments): ResourceReference | undefined {
  const namespaceIndex = segments.findIndex((segment) => /^l:microsoft\.[a-z]+$/.test(segment));
  if (namespaceIndex < 0) return undefined;
  const rest = segments.slice(namespaceIndex + 1);
  if (rest.length < 2 || rest.length % 2 !== 0) return undefined;
  const typeParts: string[] = [segments[namespaceIndex].slice(2)];
  const names: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    if (!rest[i].startsWith('l:')) return undefined;
    typeParts.push(rest[i].slice(2));
    names.push(rest[i + 1]);
  }
  return { type: typeParts.join('/'), segments: names };
}

/** True when `reference` points at the resource of `type` whose full name segments are `segments`. */
export function referencesResource(reference: ResourceReference, type: string, segments: NameSegments): boolean {
  const sameName = reference.segments.join('/') === segments.join('/');
  if (reference.type !== undefined) return reference.type === type.toLowerCase() && sameName;
  if (sameName) return true;
  // A bare child name (`"dependsOn": ["ManagedIdentityExtensionForLinux"]`) is accepted by ARM when unique.
  const last = segments[segments.length - 1];
  return reference.segments.length === 1 && last.startsWith('l:') && !last.includes('+') && reference.segments[0] === last;
}
