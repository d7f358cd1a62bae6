import { ts } from '../typescript';
import { parseSource } from '../parse';
import type { ModuleHost } from '../types';
import { FileScope } from './scope';
import { skipWrappers } from './wrappers';

export interface ExportedConst {
  initializer: ts.Expression;
  /**
   * The declaration (ESM `const`) or assignment (`exports.X = …`) that gives the export its value; a JSON
   * module's top-level value is its own declaration.
   */
  declaration:
    | ts.VariableDeclaration
    | ts.BinaryExpression
    | ts.PropertyAssignment
    | ts.ShorthandPropertyAssignment
    | ts.ExportAssignment
    | ts.Expression;
  /** The scope of the module that declares it, for following its own consts. */
  scope: FileScope;
}

export type ExportedFunctionNode = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction;

export interface ExportedFunction {
  fn: ExportedFunctionNode;
  scope: FileScope;
}

export interface ExportedClass {
  classNode: ts.ClassLikeDeclaration;
  scope: FileScope;
}

/** How many `export … from` hops an import is followed through (`app → lib/index → lib/core/index → urls`). */
const MAX_REEXPORT_HOPS = 3;
const JSON_MODULE = /\.json$/i;

/**
 * Reads what a relative import names (`import { MSI_URL } from './config'`, `const { MSI_URL } =
 * require('./config')`) in the module the host resolves, parsing each module once: an exported const
 * (ESM `export const`, `export { local as name }`; CommonJS `exports.name = …`, `module.exports.name = …`,
 * `module.exports = { name: … }`; a JSON module's members), an exported function or an exported class.
 * Re-exports (`export * from './x'`, `export { a as b } from './x'`) are followed a few hops. Only values
 * fixed at load time count.
 */
export class ImportedConsts {
  private readonly modules = new Map<string, FileScope | null>();
  /**
   * Modules whose values this file reached other than as a plain import of a script's own export (through a
   * re-export, in a JSON module, as a class's static member), each with how: followed to report a request,
   * never rewritten across (see detectors/requestRewrites.ts): the tool cannot see every file that reaches
   * the value the same way.
   */
  readonly indirect = new Map<string, string>();

  constructor(private readonly host: ModuleHost) {}

  exportedConst(fromFilename: string, specifier: string, name: string): ExportedConst | undefined {
    const found = this.follow(fromFilename, specifier, name, exportedValue);
    return found ? { ...found.value, scope: found.scope } : undefined;
  }

  exportedFunction(fromFilename: string, specifier: string, name: string): ExportedFunction | undefined {
    const found = this.follow(fromFilename, specifier, name, exportedFunctionNode);
    return found ? { fn: found.value, scope: found.scope } : undefined;
  }

  /** A class the module exports (`export default class Identity { static BASE = … }`), for its static members. */
  exportedClass(fromFilename: string, specifier: string, name: string): ExportedClass | undefined {
    const found = this.follow(fromFilename, specifier, name, exportedClassNode);
    if (!found) return undefined;
    this.indirect.set(found.scope.sourceFile.fileName, `a static member of the class it exports`);
    return { classNode: found.value, scope: found.scope };
  }

  /**
   * True when a default import of the module is the module's object of named exports: a JSON module, or a
   * CommonJS module imported from ESM (`import ep from './endpoint.cjs'` is `module.exports`).
   */
  defaultImportIsModuleObject(fromFilename: string, specifier: string): boolean {
    const scope = this.moduleScope(fromFilename, specifier);
    if (!scope) return false;
    return isJsonModule(scope.sourceFile) || (defaultExport(scope.sourceFile) === undefined && hasCommonJsExports(scope.sourceFile));
  }

  /** `lookup` in the module, else in the modules it re-exports `name` from (a few hops). */
  private follow<T>(
    fromFilename: string,
    specifier: string,
    name: string,
    lookup: (sourceFile: ts.SourceFile, name: string) => T | undefined,
    through: readonly string[] = [],
  ): { value: T; scope: FileScope } | undefined {
    const scope = this.moduleScope(fromFilename, specifier);
    if (!scope) return undefined;
    const filename = scope.sourceFile.fileName;
    const value = lookup(scope.sourceFile, name);
    if (value !== undefined) {
      if (through.length > 0) this.indirect.set(filename, `re-exported by ${through.join(', then ')}`);
      else if (isJsonModule(scope.sourceFile)) this.indirect.set(filename, 'a JSON module');
      return { value, scope };
    }
    if (through.length >= MAX_REEXPORT_HOPS || through.includes(filename)) return undefined;
    for (const reexport of reexportsOf(scope.sourceFile, name)) {
      const found = this.follow(filename, reexport.specifier, reexport.importedName, lookup, [...through, filename]);
      if (found) return found;
    }
    return undefined;
  }

  private moduleScope(fromFilename: string, specifier: string): FileScope | undefined {
    if (!specifier.startsWith('.')) return undefined;
    const resolved = this.host.resolveImport(fromFilename, specifier);
    if (!resolved) return undefined;
    let scope = this.modules.get(resolved.filename);
    if (scope === undefined) {
      const { sourceFile, syntaxError } = JSON_MODULE.test(resolved.filename)
        ? parseJsonModule(resolved.text, resolved.filename)
        : parseSource(resolved.text, resolved.filename, false); // FileScope links the parents
      scope = syntaxError ? null : new FileScope(sourceFile, this);
      this.modules.set(resolved.filename, scope);
    }
    return scope ?? undefined;
  }
}

/** A JSON module parsed as TypeScript reads one: one statement, the value, at the text's own offsets. */
function parseJsonModule(text: string, filename: string): { sourceFile: ts.SourceFile; syntaxError?: true } {
  const sourceFile = ts.parseJsonText(filename, text);
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics ?? [];
  return diagnostics.length > 0 ? { sourceFile, syntaxError: true } : { sourceFile };
}

function isJsonModule(sourceFile: ts.SourceFile): boolean {
  return JSON_MODULE.test(sourceFile.fileName);
}

/** A JSON module's value (`{ "tokenUrl": "…" }`). */
function jsonValue(sourceFile: ts.SourceFile): ts.Expression | undefined {
  const [statement] = sourceFile.statements;
  return statement && ts.isExpressionStatement(statement) ? statement.expression : undefined;
}

/** Where `export * from './x'` or `export { a as name } from './x'` takes `name` from: the module, and its name there. */
function reexportsOf(sourceFile: ts.SourceFile, name: string): Array<{ specifier: string; importedName: string }> {
  const named: Array<{ specifier: string; importedName: string }> = [];
  const star: Array<{ specifier: string; importedName: string }> = [];
  for (const statement of sourceFile.statements) {
    if (!ts.isExportDeclaration(statement) || statement.isTypeOnly || !statement.moduleSpecifier) continue;
    if (!ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!statement.exportClause) {
      // `export *` never re-exports a default.
      if (name !== 'default') star.push({ specifier, importedName: name });
    } else if (ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements)
        if (!element.isTypeOnly && element.name.text === name)
          named.push({ specifier, importedName: (element.propertyName ?? element.name).text });
    }
  }
  return [...named, ...star];
}

/** The module assigns `module.exports` or `exports.x`. */
function hasCommonJsExports(sourceFile: ts.SourceFile): boolean {
  return sourceFile.statements.some((statement) => commonJsAssignment(statement) !== undefined);
}

/** `export default class …`, `export class Name`, or a local class exported under `name`. */
function exportedClassNode(sourceFile: ts.SourceFile, name: string): ts.ClassLikeDeclaration | undefined {
  const localClass = (local: string): ts.ClassLikeDeclaration | undefined =>
    sourceFile.statements.find(
      (statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === local,
    );
  for (const statement of sourceFile.statements) {
    if (!ts.isClassDeclaration(statement)) continue;
    const modifiers = ts.getModifiers(statement) ?? [];
    if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const isDefault = modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword);
    if (isDefault ? name === 'default' : statement.name?.text === name) return statement;
  }
  if (name === 'default') {
    const assignment = sourceFile.statements.find(ts.isExportAssignment);
    const expression = assignment && skipWrappers(assignment.expression);
    if (expression && ts.isClassExpression(expression)) return expression;
    return expression && ts.isIdentifier(expression) ? localClass(expression.text) : undefined;
  }
  const listed = localNameExportedAs(sourceFile, name);
  return listed === undefined ? undefined : localClass(listed);
}

/** The value `name` is exported with, in ESM or CommonJS form. */
function exportedValue(sourceFile: ts.SourceFile, name: string): Omit<ExportedConst, 'scope'> | undefined {
  if (isJsonModule(sourceFile)) return jsonMember(sourceFile, name);
  if (name === 'default') return defaultExport(sourceFile);
  const declaration = exportedDeclaration(sourceFile, name);
  if (declaration?.initializer) return { initializer: declaration.initializer, declaration };
  for (const statement of sourceFile.statements) {
    const assignment = commonJsAssignment(statement);
    if (!assignment) continue;
    const { target, value } = assignment;
    if (target === name) return { initializer: value, declaration: assignment.node };
    if (target === undefined) {
      // `module.exports = { name: …, other }`
      const object = skipWrappers(value);
      if (!ts.isObjectLiteralExpression(object)) continue;
      for (const property of object.properties) {
        if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === name) {
          return { initializer: followLocalConst(sourceFile, property.initializer), declaration: property };
        }
        if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) {
          const local = localConst(sourceFile, name);
          if (local?.initializer) return { initializer: local.initializer, declaration: property };
        }
      }
    }
  }
  return undefined;
}

/** A JSON module's value (`default`) or one of its top-level members (TypeScript's `import { tokenUrl } from './msi.json'`). */
function jsonMember(sourceFile: ts.SourceFile, name: string): Omit<ExportedConst, 'scope'> | undefined {
  const value = jsonValue(sourceFile);
  if (!value) return undefined;
  if (name === 'default') return { initializer: value, declaration: value };
  if (!ts.isObjectLiteralExpression(value)) return undefined;
  const property = value.properties.find(
    (member): member is ts.PropertyAssignment => ts.isPropertyAssignment(member) && propertyNameText(member.name) === name,
  );
  return property ? { initializer: property.initializer, declaration: property } : undefined;
}

/**
 * The module's own value (`import url from './m'`, `const url = require('./m')`): `export default v`, TypeScript's
 * `export = v`, or `module.exports = v` when v is not an object literal of named exports.
 */
function defaultExport(sourceFile: ts.SourceFile): Omit<ExportedConst, 'scope'> | undefined {
  for (const statement of sourceFile.statements) {
    if (ts.isExportAssignment(statement))
      return { initializer: followLocalConst(sourceFile, statement.expression), declaration: statement };
    const assignment = commonJsAssignment(statement);
    if (assignment?.target === undefined && assignment && !ts.isObjectLiteralExpression(skipWrappers(assignment.value)))
      return { initializer: followLocalConst(sourceFile, assignment.value), declaration: assignment.node };
  }
  return undefined;
}

/** `exports.x = v` / `module.exports.x = v` (target x), or `module.exports = v` (target undefined). */
export function commonJsAssignment(
  statement: ts.Statement,
): { target: string | undefined; value: ts.Expression; node: ts.BinaryExpression } | undefined {
  if (!ts.isExpressionStatement(statement)) return undefined;
  const node = statement.expression;
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return undefined;
  const left = node.left;
  if (isModuleExports(left)) return { target: undefined, value: node.right, node };
  if (ts.isPropertyAccessExpression(left) && (isExportsObject(left.expression) || isModuleExports(left.expression))) {
    return { target: left.name.text, value: node.right, node };
  }
  return undefined;
}

function isModuleExports(node: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'exports' &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'module'
  );
}

function isExportsObject(node: ts.Expression): boolean {
  return ts.isIdentifier(node) && node.text === 'exports';
}

function propertyNameText(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** An identifier naming a top-level const of the module: its initializer; anything else as it is. */
function followLocalConst(sourceFile: ts.SourceFile, expression: ts.Expression): ts.Expression {
  const node = skipWrappers(expression);
  if (!ts.isIdentifier(node)) return expression;
  return localConst(sourceFile, node.text)?.initializer ?? expression;
}

function localConst(sourceFile: ts.SourceFile, name: string): ts.VariableDeclaration | undefined {
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration;
    }
  }
  return undefined;
}

/** `export function name`, `export const name = () => …`, `exports.name = function …`, `module.exports = { name }`. */
function exportedFunctionNode(sourceFile: ts.SourceFile, name: string): ExportedFunctionNode | undefined {
  const asFunction = (node: ts.Node | undefined): ExportedFunctionNode | undefined => {
    if (!node) return undefined;
    const inner = ts.isExpression(node) ? skipWrappers(node) : node;
    if (ts.isFunctionDeclaration(inner) || ts.isFunctionExpression(inner) || ts.isArrowFunction(inner)) return inner;
    return undefined;
  };
  const localFunction = (local: string): ExportedFunctionNode | undefined => {
    for (const statement of sourceFile.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name?.text === local) return statement;
    }
    return asFunction(localConst(sourceFile, local)?.initializer);
  };
  const listed = localNameExportedAs(sourceFile, name);
  if (listed !== undefined) return localFunction(listed);
  for (const statement of sourceFile.statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported && ts.isFunctionDeclaration(statement) && statement.name?.text === name) return statement;
    if (exported && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return asFunction(declaration.initializer);
      }
    }
    const assignment = commonJsAssignment(statement);
    if (assignment?.target === name) {
      const value = skipWrappers(assignment.value);
      return asFunction(value) ?? (ts.isIdentifier(value) ? localFunction(value.text) : undefined);
    }
    if (assignment && assignment.target === undefined) {
      const object = skipWrappers(assignment.value);
      if (!ts.isObjectLiteralExpression(object)) continue;
      for (const property of object.properties) {
        if (ts.isShorthandPropertyAssignment(property) && property.name.text === name) return localFunction(name);
        if (ts.isPropertyAssignment(property) && propertyNameText(property.name) === name) {
          const value = skipWrappers(property.initializer);
          return asFunction(value) ?? (ts.isIdentifier(value) ? localFunction(value.text) : undefined);
        }
        if (ts.isMethodDeclaration(property) && propertyNameText(property.name) === name) return undefined;
      }
    }
  }
  return undefined;
}

/** `export const name = …`, or `const local = …` exported as `export { local as name }`. */
function exportedDeclaration(sourceFile: ts.SourceFile, name: string): ts.VariableDeclaration | undefined {
  const localName = localNameExportedAs(sourceFile, name) ?? name;
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement) || (statement.declarationList.flags & ts.NodeFlags.Const) === 0) continue;
    const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name)) continue;
      if (
        (exported && declaration.name.text === name) ||
        (declaration.name.text === localName && localName !== name) ||
        (declaration.name.text === name && hasExportSpecifier(sourceFile, name))
      ) {
        return declaration;
      }
    }
  }
  return undefined;
}

function hasExportSpecifier(sourceFile: ts.SourceFile, name: string): boolean {
  return exportSpecifiers(sourceFile).some((element) => (element.propertyName ?? element.name).text === name);
}

/** The local name that `export { local as name }` (or `export { name }`) lists under `name`, if any. */
function localNameExportedAs(sourceFile: ts.SourceFile, name: string): string | undefined {
  const element = exportSpecifiers(sourceFile).findLast((candidate) => candidate.name.text === name);
  return element && (element.propertyName ?? element.name).text;
}

/** The specifiers of the module's own `export { … }` lists (not re-exports `from` another module). */
function exportSpecifiers(sourceFile: ts.SourceFile): ts.ExportSpecifier[] {
  return sourceFile.statements.flatMap((statement) =>
    ts.isExportDeclaration(statement) && !statement.moduleSpecifier && statement.exportClause && ts.isNamedExports(statement.exportClause)
      ? [...statement.exportClause.elements]
      : [],
  );
}
