import { ts } from '../typescript';
import { memberKey, type FileScope } from '../ast/scope';
import { skipWrappers } from '../ast/wrappers';
import { sourcesOf } from './sources';

/** Where a followed value is read besides the request being rewritten. */
export type OtherUse = { kind: 'use'; node: ts.Node } | { kind: 'exported' } | { kind: 'escapes'; node: ts.Node };

/**
 * A use of the value that `followed` (a member access or a call the engine followed to a literal it
 * edits) reads, other than the ones `isExplained` accepts: another read of the same class member or
 * object property, a call of the same builder function, or the object itself passed on whole. Identifiers
 * are checked by the caller (consts have their own rules). Pure.
 */
export function otherUseOf(followed: ts.Expression, scope: FileScope, isExplained: (node: ts.Node) => boolean): OtherUse | undefined {
  const node = skipWrappers(followed);
  const definition = sourcesOf(node, scope)?.definition;
  // Another module's value: its own uses are checked when that module is migrated with its importers.
  if (!definition || definition.getSourceFile() !== scope.sourceFile) return undefined;
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const key = memberKey(node)!;
    if (isVisibleOutside(definition)) return { kind: 'exported' };
    for (const access of scope.memberAccessesOf(key)) {
      if (access === node || isExplained(access) || isAssignmentTarget(access)) continue;
      if (sourcesOf(access, scope)?.definition === definition) return { kind: 'use', node: access };
    }
    const root = rootVariableOf(definition);
    if (root) {
      for (const reference of scope.referencesOf(root)) {
        if (!isMemberRead(reference) && !isExplained(reference)) return { kind: 'escapes', node: reference };
      }
    }
    return undefined;
  }
  if (ts.isCallExpression(node) && ts.isFunctionLike(definition)) {
    const name = functionName(definition);
    if (!name) return undefined;
    if (
      hasExportModifier(definition) ||
      (ts.isArrowFunction(definition) || ts.isFunctionExpression(definition) ? hasExportModifier(definition.parent?.parent?.parent) : false)
    ) {
      return { kind: 'exported' };
    }
    if (ts.isMethodDeclaration(definition)) {
      for (const access of scope.memberAccessesOf(name)) {
        if (isExplained(access)) continue;
        const call = access.parent;
        if (!ts.isCallExpression(call) || call.expression !== access) return { kind: 'escapes', node: access };
        if (sourcesOf(call, scope)?.definition === definition) return { kind: 'use', node: call };
      }
      return undefined;
    }
    for (const reference of scope.occurrencesOf(name)) {
      if (isExplained(reference)) continue;
      const call = reference.parent;
      if (ts.isCallExpression(call) && call.expression === reference && sourcesOf(call, scope)?.definition === definition)
        return { kind: 'use', node: call };
      if (!ts.isCallExpression(call)) return { kind: 'escapes', node: reference };
    }
  }
  return undefined;
}

/** A public member of an exported class, or a property of an exported object: other modules may read it. */
function isVisibleOutside(definition: ts.Node): boolean {
  if (ts.isPropertyDeclaration(definition) || ts.isParameter(definition)) {
    const modifiers = ts.canHaveModifiers(definition) ? (ts.getModifiers(definition) ?? []) : [];
    const isPrivate =
      modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.PrivateKeyword || modifier.kind === ts.SyntaxKind.ProtectedKeyword) ||
      (ts.isPropertyDeclaration(definition) && ts.isPrivateIdentifier(definition.name));
    const classNode = ts.isParameter(definition) ? definition.parent.parent : definition.parent;
    return !isPrivate && hasExportModifier(classNode);
  }
  const root = rootVariableOf(definition);
  return root !== undefined && hasExportModifier(root.parent?.parent);
}

/** The variable whose initializer holds the object literal `definition` belongs to, if any. */
function rootVariableOf(definition: ts.Node): ts.VariableDeclaration | undefined {
  let node: ts.Node | undefined = definition;
  while (node && (ts.isPropertyAssignment(node) || ts.isObjectLiteralExpression(node) || ts.isShorthandPropertyAssignment(node)))
    node = node.parent;
  while (node && (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node))) node = node.parent;
  return node && ts.isVariableDeclaration(node) ? node : undefined;
}

function isMemberRead(reference: ts.Identifier): boolean {
  const parent = reference.parent;
  return (ts.isPropertyAccessExpression(parent) || ts.isElementAccessExpression(parent)) && parent.expression === reference;
}

function isAssignmentTarget(access: ts.Node): boolean {
  const parent = access.parent;
  return ts.isBinaryExpression(parent) && parent.left === access && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
}

function functionName(definition: ts.SignatureDeclaration): string | undefined {
  if ((ts.isFunctionDeclaration(definition) || ts.isMethodDeclaration(definition)) && definition.name && ts.isIdentifier(definition.name))
    return definition.name.text;
  const parent = definition.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

function hasExportModifier(node: ts.Node | undefined): boolean {
  if (!node || !ts.canHaveModifiers(node)) return false;
  return ts.getModifiers(node)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
}
