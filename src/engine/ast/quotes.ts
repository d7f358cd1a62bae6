import { ts } from '../typescript';
import type { FileScope } from './scope';

/**
 * The quote the file uses most for string literals (single by default), for the literals a rewrite
 * adds: counted over the first 200 literals met. A literal's quote is its last character (the file
 * parsed, so every literal is terminated): no trivia is skipped and no text is sliced per literal.
 */
export function preferredQuote(scope: FileScope): string {
  const text = scope.sourceFile.text;
  let single = 0;
  let double = 0;
  scope.forEachNode((node) => {
    if (node.kind !== ts.SyntaxKind.StringLiteral) return undefined;
    if (text.charCodeAt(node.end - 1) === 34 /* " */) double++;
    else single++;
    return single + double >= 200 ? 'stop' : undefined;
  });
  return double > single ? '"' : "'";
}
