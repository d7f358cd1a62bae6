import { ts } from '../typescript';
import type { FileScope } from '../ast/scope';
import { skipWrappers } from '../ast/wrappers';
import { sourcesOf } from './sources';

/** `new X(arg)` (or `new undici.X(arg)`, `new X().compose(…)`), written at the use or held by a const. */
export function constructorOf(
  expression: ts.Expression,
  scope: FileScope,
  depth = 0,
): { name: string; argument?: ts.Expression } | undefined {
  let node = skipWrappers(expression);
  if (depth > 4) return undefined;
  if (ts.isIdentifier(node)) {
    const found = sourcesOf(node, scope);
    if (!found?.complete || found.sources.length !== 1) return undefined;
    return constructorOf(found.sources[0].expression, scope, depth + 1);
  }
  // `new Agent().compose(interceptors.retry())` keeps the agent's way of connecting.
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'compose')
    return constructorOf(node.expression.expression, scope, depth + 1);
  if (!ts.isNewExpression(node)) return undefined;
  node = skipWrappers(node.expression);
  const name = ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
  const argument = (skipWrappers(expression) as ts.NewExpression).arguments?.[0];
  return name ? { name, argument } : undefined;
}
