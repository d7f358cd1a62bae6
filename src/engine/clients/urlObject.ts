import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { constInitializer, skipWrappers } from '../url/evaluate';

/** True when the expression is `new URL(…)` or a const holding one. */
export function isUrlObject(expression: ts.Expression, ctx: EngineContext): boolean {
  let node = skipWrappers(expression);
  // `url.toString()`, `url.href`, `String(url)` carry the URL object's query too.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'toString')
    node = skipWrappers(node.expression.expression);
  else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'String' && node.arguments[0])
    node = skipWrappers(node.arguments[0]);
  else if (ts.isPropertyAccessExpression(node) && node.name.text === 'href') node = skipWrappers(node.expression);
  if (ts.isIdentifier(node)) node = constInitializer(node, ctx.scope) ?? node;
  node = skipWrappers(node);
  return ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL';
}

/**
 * Why a URL object cannot be rewritten through its literal: code that replaces its query or path
 * (`url.search = …`, `url.href = …`) would drop the api-version.
 */
export function urlObjectProblem(expression: ts.Expression, ctx: EngineContext): string | undefined {
  const node = skipWrappers(expression);
  if (!ts.isIdentifier(node)) return undefined;
  for (const reference of ctx.scope.occurrencesOf(node.text)) {
    const parent = reference.parent;
    if (
      ts.isPropertyAccessExpression(parent) &&
      parent.expression === reference &&
      ['search', 'href', 'pathname', 'host', 'hostname', 'port'].includes(parent.name.text) &&
      ts.isBinaryExpression(parent.parent) &&
      parent.parent.left === parent &&
      parent.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
    ) {
      return `the code assigns ${node.text}.${parent.name.text}, which the tool cannot follow`;
    }
  }
  return undefined;
}
