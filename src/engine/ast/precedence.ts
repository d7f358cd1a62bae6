import { ts } from '../typescript';
import { skipWrappers } from '../url/evaluate';

/** True when `expression` can stand as an operand of `+` without parentheses. */
export function isSafeConcatOperand(expression: ts.Expression): boolean {
  const node = expression;
  if (ts.isParenthesizedExpression(node)) return true;
  if (ts.isBinaryExpression(node)) return node.operatorToken.kind === ts.SyntaxKind.PlusToken;
  return (
    ts.isIdentifier(node) ||
    ts.isStringLiteralLike(node) ||
    ts.isTemplateExpression(node) ||
    ts.isCallExpression(node) ||
    ts.isNewExpression(node) ||
    ts.isPropertyAccessExpression(node) ||
    ts.isElementAccessExpression(node) ||
    ts.isNumericLiteral(node) ||
    ts.isAwaitExpression(node) ||
    ts.isNonNullExpression(node)
  );
}

/** The text of an expression ready to be appended after `+`. */
export function concatOperandText(expression: ts.Expression, text = expression.getText()): string {
  return isSafeConcatOperand(expression) && !(ts.isBinaryExpression(skipWrappers(expression)) && expression !== skipWrappers(expression))
    ? text
    : `(${text})`;
}
