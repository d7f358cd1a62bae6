import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { skipWrappers } from '../ast/wrappers';

/** True when the body's value is a string (or stringifies to `a=b&c=d`): literals, `URLSearchParams`, `*.stringify()`. */
export function isStringLike(expression: ts.Expression, ctx: EngineContext, depth = 0): boolean {
  const node = skipWrappers(expression);
  if (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) return true;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    return isStringLike(node.left, ctx, depth + 1) || isStringLike(node.right, ctx, depth + 1);
  }
  if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URLSearchParams') return true;
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    if (method === 'stringify' && !(ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'JSON')) return true;
    if (method === 'toString') return true;
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
    const binding = ctx.scope.bindingOf(node.expression);
    if (
      binding?.kind === 'import' &&
      binding.importedName === 'stringify' &&
      /^(node:)?querystring$|^qs$|^query-string$/.test(binding.moduleName)
    )
      return true;
  }
  if (ts.isIdentifier(node) && depth < 5) {
    const binding = ctx.scope.bindingOf(node);
    if (binding?.kind === 'variable' && binding.declaration.initializer)
      return isStringLike(binding.declaration.initializer, ctx, depth + 1);
  }
  return false;
}
