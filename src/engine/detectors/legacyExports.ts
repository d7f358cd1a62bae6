import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { isExported } from './sharedConsts';

/** Names of exported consts that hold a legacy value found in this file (importers may use them). */
export function legacyExports(positions: number[], ctx: EngineContext): string[] {
  const names = new Set<string>();
  for (const position of positions) {
    let node: ts.Node | undefined = findNodeAt(ctx.sourceFile, position);
    while (node && !ts.isVariableDeclaration(node)) node = node.parent;
    if (node && ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && isExported(node, ctx)) names.add(node.name.text);
  }
  return [...names].sort();
}

function findNodeAt(sourceFile: ts.SourceFile, position: number): ts.Node | undefined {
  let found: ts.Node | undefined;
  const visit = (node: ts.Node): void => {
    if (node.getStart() <= position && position < node.getEnd()) {
      found = node;
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(sourceFile, visit);
  return found;
}
