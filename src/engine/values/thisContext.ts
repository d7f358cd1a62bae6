import { ts } from '../typescript';

/** The class a `this` refers to, and whether it is the class itself (a static member) or an instance. */
export interface ThisContext {
  classNode: ts.ClassLikeDeclaration;
  isStatic: boolean;
}

/**
 * What `this` means at `node`: walks out through arrow functions (they keep the outer `this`) to the
 * class member that holds it. Undefined inside a plain function (its own `this`) or outside a class.
 */
export function thisContext(node: ts.Node): ThisContext | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isArrowFunction(current)) continue;
    if (ts.isFunctionDeclaration(current) || ts.isFunctionExpression(current)) return undefined;
    if (ts.isClassStaticBlockDeclaration(current))
      return ts.isClassLike(current.parent) ? { classNode: current.parent, isStatic: true } : undefined;
    if (
      ts.isMethodDeclaration(current) ||
      ts.isConstructorDeclaration(current) ||
      ts.isGetAccessorDeclaration(current) ||
      ts.isSetAccessorDeclaration(current) ||
      ts.isPropertyDeclaration(current)
    ) {
      const classNode = current.parent;
      if (!ts.isClassLike(classNode)) return undefined;
      const isStatic =
        ts.canHaveModifiers(current) && (ts.getModifiers(current)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false);
      return { classNode, isStatic };
    }
    if (ts.isSourceFile(current)) return undefined;
  }
  return undefined;
}

/** The function (of any kind) whose body holds `node`, or undefined at the top level. */
export function enclosingFunction(node: ts.Node): ts.SignatureDeclaration | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (ts.isFunctionLike(current)) return current;
  }
  return undefined;
}
