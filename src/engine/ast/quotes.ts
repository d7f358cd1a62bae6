import { ts } from '../typescript';

/** The quote the file uses most for string literals (single by default), for the literals a rewrite adds. */
export function preferredQuote(sourceFile: ts.SourceFile): string {
  let single = 0;
  let double = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node)) {
      if (node.getText()[0] === '"') double++;
      else single++;
    }
    if (single + double < 200) ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return double > single ? '"' : "'";
}
