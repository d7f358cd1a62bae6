import { ts } from '../typescript';
import { requiredModuleName, type FileScope } from '../ast/scope';
import { skipWrappers } from '../ast/wrappers';
import { sourcesOf, type ValueSources } from '../values/sources';
import { enclosingFunction } from '../values/thisContext';

export { skipWrappers };

/** A run of characters that comes from a string or template literal in the source. */
export interface TextPiece {
  kind: 'text';
  text: string;
  /** The literal node (string literal, no-substitution template, or template head/middle/tail). */
  literal: ts.Node;
  /** File offset of text[0]; meaningful only when `mapped`. */
  start: number;
  /** True when every character of `text` stands for itself in the source (no escape sequences). */
  mapped: boolean;
  /** The identifiers followed to reach this literal (empty when the literal is written at the use site). */
  via: readonly ts.Expression[];
}

/** A part of the value that is not a literal: a variable, a call, `process.env.X || 50342`, a number. */
export interface HolePiece {
  kind: 'hole';
  node: ts.Expression;
  /** The value when the engine knows it (a number, or the fallback of an env lookup). */
  value?: string;
  /** `process.env.NAME` read by this hole, if any. */
  envName?: string;
  /** Text that `name += …` statements append to a variable after its initializer. */
  appended?: boolean;
  /**
   * Values the hole may hold, as far as the file shows (a default, a fallback, an assignment): `50342`
   * among them makes a port the extension's. Others may be possible too unless `value` is set.
   */
  possible?: readonly string[];
  via: readonly ts.Expression[];
}

export type Piece = TextPiece | HolePiece;

const MAX_DEPTH = 12;

/** Evaluates an expression to literal pieces and holes, following consts in the same file. Pure. */
export function evaluatePieces(expression: ts.Expression, scope: FileScope, via: readonly ts.Expression[] = [], depth = 0): Piece[] {
  const node = skipWrappers(expression);
  if (depth > MAX_DEPTH) return [hole(node, via)];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
    return [textOf(node, node.text, via)];
  }
  if (ts.isTemplateExpression(node)) {
    const pieces: Piece[] = [];
    pieces.push(textOf(node.head, node.head.text, via));
    for (const span of node.templateSpans) {
      pieces.push(...evaluatePieces(span.expression, scope, via, depth + 1));
      pieces.push(textOf(span.literal, span.literal.text, via));
    }
    return pieces;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluatePieces(node.left, scope, via, depth + 1);
    const right = evaluatePieces(node.right, scope, via, depth + 1);
    if (left.some(isText) || right.some(isText)) return [...left, ...right];
    return [hole(node, via)];
  }
  if (ts.isNumericLiteral(node)) {
    return [{ ...hole(node, via), value: String(Number(node.getText().replace(/_/g, ''))) }];
  }
  if (ts.isBinaryExpression(node) && isFallbackOperator(node.operatorToken.kind)) {
    const envName = envNameOf(node.left);
    const fallback = staticValue(node.right, scope, depth + 1);
    return [{ kind: 'hole', node, value: fallback, envName, via }];
  }
  const envName = envNameOf(node);
  if (envName) return [{ kind: 'hole', node, envName, via }];
  if (ts.isCallExpression(node) && isStringConversion(node)) {
    const inner = node.arguments[0] ?? (ts.isPropertyAccessExpression(node.expression) ? node.expression.expression : undefined);
    // `String(x)`, `x.toString()`: the value of x itself (a URL object's text, a port's digits).
    if (inner && !(ts.isIdentifier(node.expression) && node.expression.text !== 'String'))
      return evaluatePieces(inner, scope, via, depth + 1);
    const value = inner ? staticValue(inner, scope, depth + 1) : undefined;
    return [{ ...hole(node, via), value }];
  }
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'href') {
    // `url.href` of a URL object: its text.
    const inner = evaluatePieces(node.expression, scope, via, depth + 1);
    if (inner.some((piece) => piece.kind === 'text')) return inner;
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL' && node.arguments?.length) {
    const [input, base] = node.arguments;
    if (!base) return evaluatePieces(input, scope, via, depth + 1);
    const path = evaluatePieces(input, scope, via, depth + 1);
    const first = path.find((piece) => piece.kind === 'hole' || piece.text.length > 0);
    if (first?.kind === 'text' && first.text.startsWith('/')) return [...evaluatePieces(base, scope, via, depth + 1), ...path];
    return [hole(node, via)];
  }
  if (ts.isIdentifier(node)) {
    const initializer = constInitializer(node, scope);
    if (initializer) return evaluatePieces(initializer, scope, [...via, node], depth + 1);
    // `let url = '…'; url += '&client_id=…'`: the initializer, then an unknown suffix.
    const binding = scope.bindingOf(node);
    if (binding?.kind === 'import' && scope.imports) {
      const exported = scope.imports.exportedConst(scope.sourceFile.fileName, binding.moduleName, binding.importedName);
      if (exported) return evaluatePieces(exported.initializer, exported.scope, [...via, node], depth + 1);
    }
    if (binding?.kind === 'variable' && binding.declaration.initializer && scope.isOnlyAppendedTo(node.text)) {
      const leading = leadingAppend(binding.declaration, node, scope);
      return [
        ...evaluatePieces(binding.declaration.initializer, scope, [...via, node], depth + 1),
        ...(leading ? evaluatePieces(leading.right, scope, [...via, node], depth + 1) : []),
        { kind: 'hole', node, via, appended: true },
      ];
    }
  }
  // `require('./endpoint')` itself: that module's own value (`module.exports = 'http://…'`).
  const required = ts.isCallExpression(node) && scope.imports ? requiredModuleName(node) : undefined;
  if (required) {
    const exported = scope.imports!.exportedConst(scope.sourceFile.fileName, required, 'default');
    if (exported) return evaluatePieces(exported.initializer, exported.scope, via, depth + 1);
  }
  if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) || ts.isCallExpression(node)) {
    const followed = followSources(node, scope, via, depth);
    if (followed) return followed;
  }
  return [hole(node, via)];
}

/**
 * Follows a reference to where its value comes from (see sourcesOf): one complete source that holds text
 * is evaluated in place (its literals are edited where they are written); anything else is one hole
 * that knows the values it may hold.
 */
function followSources(node: ts.Expression, scope: FileScope, via: readonly ts.Expression[], depth: number): Piece[] | undefined {
  const found = sourcesOf(node, scope);
  if (!found || found.sources.length === 0) return undefined;
  if (found.complete && found.sources.length === 1) {
    const [only] = found.sources;
    const pieces = evaluatePieces(only.expression, only.scope, [...via, node], depth + 1);
    if (pieces.some(isText)) return pieces;
  }
  const values = possibleValues(found, depth + 1);
  const single = found.complete && !values.unknown && values.values.length === 1 ? values.values[0] : undefined;
  return [{ kind: 'hole', node, via, value: single, possible: values.values }];
}

/** The static values the sources may produce, and whether some value stays unknown. */
function possibleValues(found: ValueSources, depth: number): { values: string[]; unknown: boolean } {
  const values = new Set<string>();
  let unknown = !found.complete;
  for (const { expression, scope } of found.sources) {
    const one = valuesOf(expression, scope, depth);
    one.values.forEach((value) => values.add(value));
    unknown ||= one.unknown;
  }
  return { values: [...values], unknown };
}

/** The values an expression may take: literals, numbers, `a || b`, `c ? a : b`, and followed references. */
export function valuesOf(expression: ts.Expression, scope: FileScope, depth = 0): { values: string[]; unknown: boolean } {
  const node = skipWrappers(expression);
  if (depth > MAX_DEPTH) return { values: [], unknown: true };
  if (ts.isBinaryExpression(node) && isFallbackOperator(node.operatorToken.kind)) {
    return merge(valuesOf(node.left, scope, depth + 1), valuesOf(node.right, scope, depth + 1));
  }
  if (ts.isConditionalExpression(node)) return merge(valuesOf(node.whenTrue, scope, depth + 1), valuesOf(node.whenFalse, scope, depth + 1));
  if (ts.isCallExpression(node) && isStringConversion(node)) {
    const inner = node.arguments[0] ?? (ts.isPropertyAccessExpression(node.expression) ? node.expression.expression : undefined);
    if (inner) return valuesOf(inner, scope, depth + 1);
  }
  if (envNameOf(node)) return { values: [], unknown: true };
  const found =
    ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) ? sourcesOf(node, scope) : undefined;
  if (found && !(ts.isIdentifier(node) && constInitializer(node, scope))) return possibleValues(found, depth + 1);
  const value = staticValue(node, scope, depth + 1);
  return value === undefined ? { values: [], unknown: true } : { values: [value], unknown: false };
}

function merge(
  a: { values: string[]; unknown: boolean },
  b: { values: string[]; unknown: boolean },
): { values: string[]; unknown: boolean } {
  return { values: [...new Set([...a.values, ...b.values])], unknown: a.unknown || b.unknown };
}

/** The initializer of the variable an identifier names, when its value is that initializer. */
export function constInitializer(identifier: ts.Identifier, scope: FileScope): ts.Expression | undefined {
  const binding = scope.bindingOf(identifier);
  if (binding?.kind !== 'variable' || !binding.declaration.initializer) return undefined;
  if (!binding.isConst && scope.isReassigned(identifier.text)) return undefined;
  return binding.declaration.initializer;
}

/** The string value of an expression when it is fully static (literals, numbers, consts). */
export function staticValue(expression: ts.Expression, scope: FileScope, depth = 0): string | undefined {
  const pieces = evaluatePieces(expression, scope, [], depth);
  let out = '';
  for (const piece of pieces) {
    if (piece.kind === 'text') out += piece.text;
    else if (piece.value !== undefined && piece.envName === undefined) out += piece.value;
    else return undefined;
  }
  return out;
}

/** `process.env.NAME` or `process.env['NAME']` → NAME. */
export function envNameOf(expression: ts.Expression): string | undefined {
  const node = skipWrappers(expression);
  if (ts.isPropertyAccessExpression(node) && isProcessEnv(node.expression)) return node.name.text;
  if (ts.isElementAccessExpression(node) && isProcessEnv(node.expression) && ts.isStringLiteralLike(node.argumentExpression)) {
    return node.argumentExpression.text;
  }
  if (ts.isBinaryExpression(node) && isFallbackOperator(node.operatorToken.kind)) return envNameOf(node.left);
  return undefined;
}

function isProcessEnv(expression: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(expression) &&
    expression.name.text === 'env' &&
    ts.isIdentifier(expression.expression) &&
    expression.expression.text === 'process'
  );
}

/** `||` or `??`: the right side is a fallback value. */
export function isFallbackOperator(kind: ts.SyntaxKind): boolean {
  return kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken;
}

function isStringConversion(call: ts.CallExpression): boolean {
  if (ts.isIdentifier(call.expression))
    return ['String', 'Number', 'parseInt'].includes(call.expression.text) && call.arguments.length >= 1;
  return ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'toString' && call.arguments.length === 0;
}

function isText(piece: Piece): piece is TextPiece {
  return piece.kind === 'text';
}

/**
 * The first `name += …` after `let name = …`, when it is a statement of the declaration's own block that
 * always runs before `reference` reads the name (same function, later in the text): its text follows the
 * initializer's for certain (`url += '?resource=' + r`, then conditional `url += '&client_id=…'`).
 */
function leadingAppend(declaration: ts.VariableDeclaration, reference: ts.Identifier, scope: FileScope): ts.BinaryExpression | undefined {
  const statement = declaration.parent?.parent;
  if (!statement || !ts.isVariableStatement(statement)) return undefined;
  const appends = scope
    .assignmentsOf(reference.text)
    .filter((assignment) => ts.isIdentifier(assignment.left) && scope.bindingOf(assignment.left)?.declaration === declaration);
  const first = appends.reduce<ts.BinaryExpression | undefined>((a, b) => (a && a.getStart() < b.getStart() ? a : b), undefined);
  if (!first || first.getStart() < statement.getEnd() || first.getEnd() > reference.getStart()) return undefined;
  const holder = first.parent;
  if (!ts.isExpressionStatement(holder) || holder.parent !== statement.parent) return undefined;
  return enclosingFunction(reference) === enclosingFunction(first) ? first : undefined;
}

function hole(node: ts.Expression, via: readonly ts.Expression[]): HolePiece {
  return { kind: 'hole', node, via };
}

function textOf(literal: ts.Node, text: string, via: readonly ts.Expression[]): TextPiece {
  const sourceText = literal.getSourceFile().text;
  const start = literal.getStart() + 1;
  let rawEnd: number;
  if (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal) || ts.isTemplateTail(literal))
    rawEnd = literal.getEnd() - 1;
  else rawEnd = literal.getEnd() - 2; // template head/middle end with "${"
  const raw = sourceText.slice(start, rawEnd);
  return { kind: 'text', text, literal, start, mapped: raw === text, via };
}
