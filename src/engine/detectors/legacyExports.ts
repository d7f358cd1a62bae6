import { ts } from '../typescript';
import type { EngineContext } from '../context';
import { isExported } from './sharedConsts';
import { valuesOf } from '../url/evaluate';
import { commonJsAssignment } from '../ast/importedConsts';
import { skipWrappers } from '../ast/wrappers';
import { enclosingFunction } from '../values/thisContext';
import type { FileScope } from '../ast/scope';
import { propertyName } from '../ast/objectEdits';
import { LOOPBACK_HOST_SOURCE } from '../url/loopback';

/**
 * A value that is a piece of the extension's URL: a loopback host or origin (with or without the token path),
 * the port 50342, or the token path itself. A module that exports one may feed an importer's request
 * (`'http://' + MSI_HOST + ':' + MSI_PORT + '/oauth2/token'`), which its own text scan cannot see.
 */
const LEGACY_MATERIAL = [
  new RegExp(String.raw`^(?:https?:)?(?:\/\/)?${LOOPBACK_HOST_SOURCE}(?::\d+)?(?:\/(?:oauth2\/token)?)?$`, 'i'),
  /^50_?342$/,
  /^\/?oauth2\/token$/,
];

/**
 * A value that is legacy material, or an object literal that spells the extension's address in members
 * (`{ host: 'localhost', port: 50342 }`, `{ port: 50342 }`, nested settings objects too: an importer reads
 * `MSI.host` and `MSI.port`), not one that names another server (`{ host: 'metrics.example.com', port: 50342 }`).
 */
export function holdsLegacyMaterial(value: ts.Expression, scope: FileScope): boolean {
  const node = skipWrappers(value);
  if (!ts.isObjectLiteralExpression(node)) {
    const { values } = valuesOf(node, scope);
    return values.some((candidate) => LEGACY_MATERIAL.some((pattern) => pattern.test(candidate)));
  }
  const evidence = settingsEvidence(node, scope, 0);
  return evidence !== 'other-host' && (evidence.address || (evidence.tokenPath && evidence.loopbackHost));
}

/**
 * What a settings object's members (nested ones too) say of the extension: its port or a loopback URL with the
 * port or token path (`address`: the extension's on their own), the bare token path (Entra ID's too: adal-node's
 * `Constants` holds `'/oauth2/token'`), a loopback `host`; or `'other-host'` when a `host` names a server of its own.
 */
function settingsEvidence(
  node: ts.ObjectLiteralExpression,
  scope: FileScope,
  depth: number,
): { address: boolean; tokenPath: boolean; loopbackHost: boolean } | 'other-host' {
  const evidence = { address: false, tokenPath: false, loopbackHost: false };
  if (depth > 3) return evidence;
  for (const property of node.properties) {
    const member = ts.isPropertyAssignment(property)
      ? property.initializer
      : ts.isShorthandPropertyAssignment(property)
        ? property.name
        : undefined;
    if (!member) continue;
    const name = propertyName(property);
    const inner = skipWrappers(member);
    if (ts.isObjectLiteralExpression(inner)) {
      const nested = settingsEvidence(inner, scope, depth + 1);
      if (nested === 'other-host') return nested;
      evidence.address ||= nested.address;
      evidence.tokenPath ||= nested.tokenPath;
      evidence.loopbackHost ||= nested.loopbackHost;
      continue;
    }
    const { values } = valuesOf(member, scope);
    if (name === 'host' || name === 'hostname') {
      if (values.length > 0 && values.every((candidate) => !LEGACY_MATERIAL[0].test(candidate))) return 'other-host';
      evidence.loopbackHost ||= values.some((candidate) => LEGACY_MATERIAL[0].test(candidate));
    }
    evidence.address ||= values.some((candidate) => EXTENSION_ADDRESS.test(candidate));
    evidence.tokenPath ||= values.some((candidate) => LEGACY_MATERIAL[2].test(candidate));
  }
  return evidence;
}

/**
 * A member value that makes a settings object the extension's on its own: its port, or a loopback URL with the port
 * or the token path (a loopback host alone is any local server's: `{ target: 'http://localhost:5173' }`).
 */
const EXTENSION_ADDRESS = new RegExp(
  String.raw`^50_?342$|^(?:https?:)?\/\/${LOOPBACK_HOST_SOURCE}(?::50_?342(?:\/|$)|(?::\d+)?\/oauth2\/token$)`,
  'i',
);

/** Names this module exports (ESM `export const`, CommonJS `exports.X`, `module.exports = { X }`) whose value is legacy material. */
function legacyMaterialExports(ctx: EngineContext): string[] {
  const names: string[] = [];
  const judge = (name: string, value: ts.Expression): void => {
    if (holdsLegacyMaterial(value, ctx.scope)) names.push(name);
  };
  for (const statement of ctx.sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer && isExported(declaration, ctx))
          judge(declaration.name.text, declaration.initializer);
      }
    } else {
      const assignment = commonJsAssignment(statement);
      if (assignment?.target !== undefined) judge(assignment.target, assignment.value);
      else if (assignment && ts.isObjectLiteralExpression(skipWrappers(assignment.value))) {
        for (const property of (skipWrappers(assignment.value) as ts.ObjectLiteralExpression).properties) {
          if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name)) judge(property.name.text, property.initializer);
          if (ts.isShorthandPropertyAssignment(property)) judge(property.name.text, property.name);
        }
      }
    }
  }
  return names;
}

/**
 * Names this module exports whose value holds a legacy URL found in this file at `positions` (importers may use
 * them): an exported const (ESM or CommonJS: `exports.X = …`, `module.exports = { X: … }`) or an exported
 * function that builds the URL. A literal that stays with one of `requestCalls` (written in the call, or in a
 * function's local that only such calls read) does not count: a function that sends the request returns a
 * response, not the URL, and listing it would send the CLI looking for importers through the whole tree.
 */
export function legacyExports(positions: number[], requestCalls: readonly ts.Node[], ctx: EngineContext): string[] {
  const names = new Set<string>(legacyMaterialExports(ctx));
  const inRequest = (position: number): boolean => requestCalls.some((call) => position >= call.getStart() && position < call.getEnd());
  for (const position of positions) {
    if (inRequest(position) || inLocalOnlyRequestsRead(position, inRequest, ctx)) continue;
    for (let node: ts.Node | undefined = findNodeAt(ctx.sourceFile, position); node && !ts.isSourceFile(node); node = node.parent) {
      const name = exportedNameOf(node, ctx);
      if (name) {
        names.add(name);
        break;
      }
    }
  }
  return [...names].sort();
}

/** `position` is in the initializer of a function's local that only request calls read (`const url = …; fetch(url)`). */
function inLocalOnlyRequestsRead(position: number, inRequest: (position: number) => boolean, ctx: EngineContext): boolean {
  let node = findNodeAt(ctx.sourceFile, position);
  while (node && !(ts.isVariableDeclaration(node) && node.initializer && position >= node.initializer.getStart())) node = node.parent;
  if (!node || !ts.isIdentifier(node.name) || !enclosingFunction(node)) return false;
  const references = ctx.scope.referencesOf(node);
  return references.length > 0 && references.every((reference) => inRequest(reference.getStart()));
}

function exportedNameOf(node: ts.Node, ctx: EngineContext): string | undefined {
  if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) {
    if (isExported(node, ctx)) return node.name.text;
    // `const base = …; module.exports = { base }` is caught by isExported; a const only used by an exported function is not.
    return undefined;
  }
  // `exports.X = …`, `module.exports.X = …`; `X: …` in `module.exports = { … }`; the module's own value
  // (`module.exports = 'http://…'`, `export default …`) is its default export.
  if (ts.isBinaryExpression(node) && ts.isExpressionStatement(node.parent)) {
    const assignment = commonJsAssignment(node.parent);
    if (assignment?.target !== undefined) return assignment.target;
    if (assignment && !ts.isObjectLiteralExpression(skipWrappers(assignment.value))) return 'default';
  }
  if (ts.isExportAssignment(node)) return 'default';
  if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
    const statement = node.parent?.parent?.parent;
    const assignment = statement && ts.isExpressionStatement(statement) ? commonJsAssignment(statement) : undefined;
    if (assignment && assignment.target === undefined && skipWrappers(assignment.value) === node.parent) return node.name.text;
  }
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node)) && functionIsExported(node, ctx)) {
    return functionName(node);
  }
  return undefined;
}

function functionName(fn: ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction): string | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isBinaryExpression(parent) && ts.isPropertyAccessExpression(parent.left)) return parent.left.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

function functionIsExported(fn: ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction, ctx: EngineContext): boolean {
  const holder = ts.isFunctionDeclaration(fn) ? fn : fn.parent;
  if (ts.isFunctionDeclaration(holder) && holder.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return true;
  if (ts.isVariableDeclaration(holder)) return isExported(holder, ctx);
  if (ts.isBinaryExpression(holder)) return /^(module\.)?exports\./.test(holder.left.getText());
  if (ts.isPropertyAssignment(holder)) return exportedNameOf(holder, ctx) !== undefined;
  const name = functionName(fn);
  if (!name) return false;
  // `function f() {}` exported later: `export { f }`, `module.exports = { f }`, `exports.f = f`.
  return ctx.scope.occurrencesOf(name).some((reference) => {
    const parent = reference.parent;
    if (ts.isExportSpecifier(parent)) return true;
    if (ts.isShorthandPropertyAssignment(parent) || ts.isPropertyAssignment(parent))
      return parent.parent?.parent?.getText().startsWith('module.exports') ?? false;
    return ts.isBinaryExpression(parent) && parent.right === reference && /^(module\.)?exports(\.|$)/.test(parent.left.getText());
  });
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
