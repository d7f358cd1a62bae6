import { ts } from '../typescript';
import { collectDeclaredNames, isValueReference, type FileScope } from '../ast/scope';
import { enclosingFunction, thisContext } from './thisContext';

/** Calls whose result depends on their arguments alone: an initializer made of them can be inlined. */
const PURE_CALLS = new Set(['encodeURIComponent', 'encodeURI', 'String', 'Number', 'parseInt', 'escape']);

const MAX_DEPTH = 4;

/**
 * The source text of `expression` rewritten to mean the same at `target`, another place in the same
 * file (a form body moved from the method that builds it into the URL of the method that sends it):
 * names bound where the expression is but not at the target are replaced by their const initializers
 * (`resource` → `encodeURIComponent(this.resource)`), recursively, when those are pure. `this` must mean
 * the same object at both places. Undefined when the expression cannot be moved. Pure.
 */
export function transplantText(
  expression: ts.Expression,
  target: ts.Node,
  scope: FileScope,
  /** Receives every identifier the moved text still reads (so its declaration is still needed). */
  kept?: Set<ts.Node>,
  depth = 0,
): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const source = expression.getSourceFile().text;
  const start = expression.getStart();
  const edits: Array<{ start: number; end: number; text: string }> = [];
  let failed = false;
  const visit = (node: ts.Node): void => {
    if (failed) return;
    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      const here = thisContext(node);
      const there = thisContext(target);
      if (!here || !there || here.classNode !== there.classNode || here.isStatic !== there.isStatic) failed = true;
      return;
    }
    if (ts.isIdentifier(node) && isValueReference(node)) {
      const replacement = movedName(node, target, scope, kept, depth);
      if (replacement === undefined) {
        failed = true;
        return;
      }
      if (replacement === node.text) kept?.add(node);
      else {
        const shorthand = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node;
        edits.push({ start: node.getStart(), end: node.getEnd(), text: shorthand ? `${node.text}: ${replacement}` : replacement });
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  if (failed) return undefined;
  let text = source.slice(start, expression.getEnd());
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start - start) + edit.text + text.slice(edit.end - start);
  }
  return text;
}

/** What an identifier becomes at the target: itself when it is visible there, else its inlined initializer. */
function movedName(
  identifier: ts.Identifier,
  target: ts.Node,
  scope: FileScope,
  kept: Set<ts.Node> | undefined,
  depth: number,
): string | undefined {
  const binding = scope.bindingOf(identifier);
  if (!binding) return isShadowedAt(identifier.text, target, undefined) ? undefined : identifier.text; // a global
  const declarationScope = scopeOfDeclaration(binding.declaration);
  if (declarationScope && encloses(declarationScope, target) && !isShadowedAt(identifier.text, target, declarationScope))
    return readBeforeDeclared(binding.declaration, target) ? undefined : identifier.text;
  if (binding.kind !== 'variable' || !binding.isConst || !binding.declaration.initializer) return undefined;
  const initializer = binding.declaration.initializer;
  if (!isPure(initializer)) return undefined;
  const inlined = transplantText(initializer, target, scope, kept, depth + 1);
  if (inlined === undefined) return undefined;
  return needsParentheses(initializer) ? `(${inlined})` : inlined;
}

/**
 * True when code at `target` would run before `declaration` has its value: the same function (or the module's
 * top level) runs the target first (a module const's initializer reading a const declared below it).
 */
function readBeforeDeclared(declaration: ts.Node, target: ts.Node): boolean {
  if (!ts.isVariableDeclaration(declaration) || declaration.getStart() < target.getStart()) return false;
  return enclosingFunction(declaration) === enclosingFunction(target);
}

/** The scope node (block, function, file) a declaration belongs to. */
function scopeOfDeclaration(declaration: ts.Node): ts.Node | undefined {
  for (let current = declaration.parent; current; current = current.parent) {
    if (
      ts.isSourceFile(current) ||
      ts.isBlock(current) ||
      ts.isModuleBlock(current) ||
      ts.isFunctionLike(current) ||
      ts.isCaseClause(current)
    )
      return current;
  }
  return undefined;
}

function encloses(outer: ts.Node, inner: ts.Node): boolean {
  for (let current: ts.Node | undefined = inner; current; current = current.parent) if (current === outer) return true;
  return false;
}

/** True when a scope between `target` and `boundary` (exclusive) declares `name` again. */
function isShadowedAt(name: string, target: ts.Node, boundary: ts.Node | undefined): boolean {
  for (let current: ts.Node | undefined = target; current && current !== boundary; current = current.parent) {
    if (collectDeclaredNames(current).has(name)) return true;
  }
  return false;
}

/** Literals, names, member reads, templates, `+` and calls of PURE_CALLS: safe to evaluate elsewhere. */
export function isPure(expression: ts.Node): boolean {
  let pure = true;
  const visit = (node: ts.Node): void => {
    if (!pure) return;
    if (ts.isCallExpression(node)) {
      if (!(ts.isIdentifier(node.expression) && PURE_CALLS.has(node.expression.text))) pure = false;
    } else if (
      ts.isNewExpression(node) ||
      ts.isAwaitExpression(node) ||
      ts.isYieldExpression(node) ||
      ts.isDeleteExpression(node) ||
      ts.isPrefixUnaryExpression(node) ||
      ts.isPostfixUnaryExpression(node) ||
      ts.isFunctionLike(node) ||
      (ts.isBinaryExpression(node) &&
        node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
        node.operatorToken.kind <= ts.SyntaxKind.LastAssignment)
    ) {
      pure = false;
    }
    ts.forEachChild(node, visit);
  };
  visit(expression);
  return pure;
}

function needsParentheses(expression: ts.Expression): boolean {
  return !(
    ts.isIdentifier(expression) ||
    ts.isCallExpression(expression) ||
    ts.isPropertyAccessExpression(expression) ||
    ts.isElementAccessExpression(expression) ||
    ts.isStringLiteralLike(expression) ||
    ts.isTemplateExpression(expression) ||
    ts.isNumericLiteral(expression) ||
    ts.isParenthesizedExpression(expression)
  );
}
