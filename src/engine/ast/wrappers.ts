import { ts } from '../typescript';

/** Removes parentheses and type-only wrappers (`as`, `satisfies`, `!`, `<T>x`). */
export function skipWrappers(expression: ts.Expression): ts.Expression {
  let node = expression;
  while (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  ) {
    node = node.expression;
  }
  return node;
}
