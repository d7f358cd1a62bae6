import { ts } from '../typescript';

type Wrapper = ts.ParenthesizedExpression | ts.AsExpression | ts.SatisfiesExpression | ts.NonNullExpression | ts.TypeAssertion;

/** Parentheses and type-only wrappers (`as`, `satisfies`, `!`, `<T>x`): they do not change a value. */
function isWrapper(node: ts.Node): node is Wrapper {
  return (
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node) ||
    ts.isSatisfiesExpression(node) ||
    ts.isNonNullExpression(node) ||
    ts.isTypeAssertionExpression(node)
  );
}

/** Removes parentheses and type-only wrappers (`as`, `satisfies`, `!`, `<T>x`). */
export function skipWrappers(expression: ts.Expression): ts.Expression {
  let node = expression;
  while (isWrapper(node)) node = node.expression;
  return node;
}

/** The first parent of `node` that is not a wrapper (see skipWrappers), and the child of it that holds `node`. */
export function outsideWrappers(node: ts.Node): { parent: ts.Node; child: ts.Node } {
  let child = node;
  let parent = node.parent;
  while (isWrapper(parent)) {
    child = parent;
    parent = parent.parent;
  }
  return { parent, child };
}
