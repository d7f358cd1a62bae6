import { ts } from '../typescript';
import type { ImportedConsts } from './importedConsts';

export type Binding =
  | { kind: 'variable'; declaration: ts.VariableDeclaration; isConst: boolean }
  | { kind: 'import'; moduleName: string; importedName: string; declaration: ts.Node }
  | { kind: 'parameter'; declaration: ts.Node }
  | { kind: 'function'; declaration: ts.Node };

/**
 * Identifier occurrences of a file by name, built once per file: cheap reference look-ups. The walk
 * that builds it also links every node to its parent, so a tree parsed without parent links
 * (parseSource's `setParents` false) gets them here, in the same pass.
 */
export class FileScope {
  private readonly identifiersByName = new Map<string, ts.Identifier[]>();
  private readonly assignedNames = new Set<string>();
  /** Names only ever changed by `name += …` (a URL built up in steps). */
  private readonly nonAppendAssigned = new Set<string>();
  private readonly bindingCache = new Map<ts.Identifier, Binding | undefined>();
  /** Assignments by the name they assign: `name = …` (any operator) and `x.name = …` / `x['name'] = …`. */
  private readonly assignmentsByName = new Map<string, ts.BinaryExpression[]>();
  private readonly memberAssignmentsByKey = new Map<string, ts.BinaryExpression[]>();
  private readonly memberAccessesByKey = new Map<string, Array<ts.PropertyAccessExpression | ts.ElementAccessExpression>>();
  private readonly declaredNames = new Map<ts.Node, Set<string>>();
  private readonly declarations = new Map<ts.Node, Map<string, Binding | undefined>>();
  /** Every node of the file but the file itself, in source order (as a walk meets them). */
  readonly nodes: ts.Node[] = [];
  /** For nodes[i], the index just past its last descendant. */
  private readonly subtreeEnds: number[] = [];

  constructor(
    readonly sourceFile: ts.SourceFile,
    /** Follows relative imports into other modules, when the caller gave the engine a ModuleHost. */
    readonly imports?: ImportedConsts,
  ) {
    let parent: ts.Node = sourceFile;
    const visit = (node: ts.Node): void => {
      (node as { parent: ts.Node }).parent = parent;
      const index = this.nodes.push(node) - 1;
      if (ts.isIdentifier(node)) {
        const list = this.identifiersByName.get(node.text);
        if (list) list.push(node);
        else this.identifiersByName.set(node.text, [node]);
      } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
        const key = memberKey(node);
        if (key !== undefined) push(this.memberAccessesByKey, key, node);
      } else if (ts.isBinaryExpression(node) && isAssignmentOperator(node.operatorToken.kind)) {
        if (ts.isIdentifier(node.left)) {
          this.assignedNames.add(node.left.text);
          if (node.operatorToken.kind !== ts.SyntaxKind.PlusEqualsToken) this.nonAppendAssigned.add(node.left.text);
          push(this.assignmentsByName, node.left.text, node);
        } else {
          const key = memberKey(node.left);
          if (key !== undefined) push(this.memberAssignmentsByKey, key, node);
        }
      } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && ts.isIdentifier(node.operand)) {
        this.assignedNames.add(node.operand.text);
        this.nonAppendAssigned.add(node.operand.text);
      }
      const outer = parent;
      parent = node;
      ts.forEachChild(node, visit);
      parent = outer;
      this.subtreeEnds[index] = this.nodes.length;
    };
    ts.forEachChild(sourceFile, visit);
  }

  /**
   * Visits every node of the file in source order, as a walk with ts.forEachChild from the file would,
   * from the list the scope's own walk made (a detector need not walk the tree again). A visitor that
   * returns `'skip'` skips that node's descendants; `'stop'` ends the visit.
   */
  forEachNode(visit: (node: ts.Node) => void | 'skip' | 'stop'): void {
    const { nodes, subtreeEnds } = this;
    for (let index = 0; index < nodes.length;) {
      const verdict = visit(nodes[index]);
      if (verdict === 'stop') return;
      index = verdict === 'skip' ? subtreeEnds[index] : index + 1;
    }
  }

  /** The declaration an identifier refers to, found by walking out through the enclosing scopes. */
  bindingOf(identifier: ts.Identifier): Binding | undefined {
    if (this.bindingCache.has(identifier)) return this.bindingCache.get(identifier);
    const binding = this.findBinding(identifier);
    this.bindingCache.set(identifier, binding);
    return binding;
  }

  /** True when a `let`/`var` of this name is assigned anywhere in the file (so its initializer is not its value). */
  isReassigned(name: string): boolean {
    return this.assignedNames.has(name);
  }

  /** True when every assignment to this name is `name += …`. */
  isOnlyAppendedTo(name: string): boolean {
    return this.assignedNames.has(name) && !this.nonAppendAssigned.has(name);
  }

  /** Every assignment to a plain name (`name = …`, `name ||= …`, `name += …`), whatever it binds to. */
  assignmentsOf(name: string): readonly ts.BinaryExpression[] {
    return this.assignmentsByName.get(name) ?? [];
  }

  /** Every assignment to a member of this name (`x.name = …`, `this.name = …`, `x['name'] = …`). */
  memberAssignmentsOf(key: string): readonly ts.BinaryExpression[] {
    return this.memberAssignmentsByKey.get(key) ?? [];
  }

  /** Every member access of this name (`x.name`, `this.name`, `x['name']`), reads and writes alike. */
  memberAccessesOf(key: string): ReadonlyArray<ts.PropertyAccessExpression | ts.ElementAccessExpression> {
    return this.memberAccessesByKey.get(key) ?? [];
  }

  /** Every identifier in the file that refers to `declaration` (its own name excluded). */
  referencesOf(declaration: ts.VariableDeclaration): ts.Identifier[] {
    if (!ts.isIdentifier(declaration.name)) return [];
    const name = declaration.name;
    return (this.identifiersByName.get(name.text) ?? []).filter((identifier) => {
      if (identifier === name || !isValueReference(identifier)) return false;
      const binding = this.bindingOf(identifier);
      return binding?.kind === 'variable' && binding.declaration === declaration;
    });
  }

  /** Every value reference to this name in the file, whatever it binds to. */
  occurrencesOf(name: string): ts.Identifier[] {
    return (this.identifiersByName.get(name) ?? []).filter(isValueReference);
  }

  private findBinding(identifier: ts.Identifier): Binding | undefined {
    const name = identifier.text;
    for (let scope: ts.Node | undefined = identifier.parent; scope; scope = scope.parent) {
      if (!this.namesDeclaredIn(scope).has(name)) continue;
      const found = this.declarationOf(scope, name);
      if (found) return found;
    }
    return undefined;
  }

  /** declarationIn, once per scope and name: a bundle's top level has hundreds of statements, and its names are used everywhere. */
  private declarationOf(scope: ts.Node, name: string): Binding | undefined {
    let byName = this.declarations.get(scope);
    if (!byName) this.declarations.set(scope, (byName = new Map()));
    if (byName.has(name)) return byName.get(name);
    const found = declarationIn(scope, name);
    byName.set(name, found);
    return found;
  }

  /** The names `scope` may declare (every name declarationIn could find there), computed once per scope. */
  private namesDeclaredIn(scope: ts.Node): ReadonlySet<string> {
    let names = this.declaredNames.get(scope);
    if (!names) {
      names = collectDeclaredNames(scope);
      this.declaredNames.set(scope, names);
    }
    return names;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The member name of `x.name` or `x['name']` (a literal key), or undefined for any other expression. */
export function memberKey(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) return node.name.text;
  if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) return node.argumentExpression.text;
  return undefined;
}

function isAssignmentOperator(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment;
}

/** False for property names, declaration names and other identifiers that are not a read of a binding. */
export function isValueReference(identifier: ts.Identifier): boolean {
  const parent = identifier.parent;
  if (!parent) return false;
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === identifier) return false;
  if ((ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent)) && parent.name === identifier)
    return false;
  if (ts.isVariableDeclaration(parent) && parent.name === identifier) return false;
  if (ts.isBindingElement(parent) && (parent.name === identifier || parent.propertyName === identifier)) return false;
  if (ts.isParameter(parent) && parent.name === identifier) return false;
  if ((ts.isFunctionDeclaration(parent) || ts.isClassDeclaration(parent)) && parent.name === identifier) return false;
  if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isImportEqualsDeclaration(parent))
    return false;
  if (ts.isExportSpecifier(parent)) return true;
  if (ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) return false;
  if (ts.isQualifiedName(parent) || ts.isTypeReferenceNode(parent)) return false;
  return true;
}

const NO_NAMES = new Set<string>();

/** True for the nodes declarationIn looks into: statement lists, functions, `for` heads and `catch` clauses. */
function mayDeclare(scope: ts.Node): boolean {
  return (
    ts.isSourceFile(scope) ||
    ts.isBlock(scope) ||
    ts.isModuleBlock(scope) ||
    ts.isCaseClause(scope) ||
    ts.isDefaultClause(scope) ||
    ts.isFunctionLike(scope) ||
    ts.isForStatement(scope) ||
    ts.isForOfStatement(scope) ||
    ts.isForInStatement(scope) ||
    ts.isCatchClause(scope)
  );
}

/**
 * A superset of the names declarationIn(scope, name) finds a declaration for: one pass over the scope.
 * It restates declarationIn's cases; test/engine/scopeIndex.test.ts checks that it never misses one.
 */
export function collectDeclaredNames(scope: ts.Node): Set<string> {
  if (!mayDeclare(scope)) return NO_NAMES;
  const names = new Set<string>();
  const addBound = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBound(element.name);
  };
  if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope)) {
    for (const statement of scope.statements) {
      if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) addBound(declaration.name);
      else if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        if (clause?.name) names.add(clause.name.text);
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
        if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
      } else if (ts.isImportEqualsDeclaration(statement)) names.add(statement.name.text);
      else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) names.add(statement.name.text);
    }
  }
  if (ts.isFunctionLike(scope)) {
    for (const parameter of scope.parameters) addBound(parameter.name);
    if ((ts.isFunctionDeclaration(scope) || ts.isFunctionExpression(scope)) && scope.name) names.add(scope.name.text);
  }
  if (
    (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) &&
    scope.initializer &&
    ts.isVariableDeclarationList(scope.initializer)
  ) {
    for (const declaration of scope.initializer.declarations) addBound(declaration.name);
  }
  if (ts.isCatchClause(scope) && scope.variableDeclaration) addBound(scope.variableDeclaration.name);
  return names;
}

/** The declaration of `name` that `scope` itself holds (not its nested scopes), if any. */
export function declarationIn(scope: ts.Node, name: string): Binding | undefined {
  if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isModuleBlock(scope) || ts.isCaseClause(scope) || ts.isDefaultClause(scope)) {
    for (const statement of scope.statements) {
      const found = declarationInStatement(statement, name);
      if (found) return found;
    }
  }
  if (ts.isFunctionLike(scope)) {
    for (const parameter of scope.parameters) {
      if (bindsName(parameter.name, name)) return { kind: 'parameter', declaration: parameter };
    }
    if ((ts.isFunctionDeclaration(scope) || ts.isFunctionExpression(scope)) && scope.name?.text === name) {
      return { kind: 'function', declaration: scope };
    }
  }
  if (
    (ts.isForStatement(scope) || ts.isForOfStatement(scope) || ts.isForInStatement(scope)) &&
    scope.initializer &&
    ts.isVariableDeclarationList(scope.initializer)
  ) {
    for (const declaration of scope.initializer.declarations) {
      if (bindsName(declaration.name, name)) return { kind: 'parameter', declaration };
    }
  }
  if (ts.isCatchClause(scope) && scope.variableDeclaration && bindsName(scope.variableDeclaration.name, name)) {
    return { kind: 'parameter', declaration: scope.variableDeclaration };
  }
  return undefined;
}

function declarationInStatement(statement: ts.Statement, name: string): Binding | undefined {
  if (ts.isVariableStatement(statement)) {
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return { kind: 'variable', declaration, isConst };
      if (!ts.isIdentifier(declaration.name) && bindsName(declaration.name, name)) {
        const required = requiredBinding(declaration, name);
        return required ?? { kind: 'parameter', declaration };
      }
    }
  }
  if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
    const moduleName = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    if (clause?.name?.text === name) return { kind: 'import', moduleName, importedName: 'default', declaration: clause };
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name) {
      return { kind: 'import', moduleName, importedName: '*', declaration: bindings };
    }
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (element.name.text === name) {
          return { kind: 'import', moduleName, importedName: (element.propertyName ?? element.name).text, declaration: element };
        }
      }
    }
  }
  if (ts.isImportEqualsDeclaration(statement) && statement.name.text === name && ts.isExternalModuleReference(statement.moduleReference)) {
    const expression = statement.moduleReference.expression;
    if (ts.isStringLiteral(expression)) return { kind: 'import', moduleName: expression.text, importedName: '*', declaration: statement };
  }
  if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name?.text === name) {
    return { kind: 'function', declaration: statement };
  }
  return undefined;
}

/** `const { get } = require('axios')` and `const axios = require('axios').default` style bindings. */
function requiredBinding(declaration: ts.VariableDeclaration, name: string): Binding | undefined {
  const moduleName = requiredModuleName(declaration.initializer);
  if (!moduleName || !ts.isObjectBindingPattern(declaration.name)) return undefined;
  for (const element of declaration.name.elements) {
    if (ts.isIdentifier(element.name) && element.name.text === name) {
      const importedName = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : name;
      return { kind: 'import', moduleName, importedName, declaration };
    }
  }
  return undefined;
}

/** The module of `require('m')`, `require('m').default`, `await import('m')`, or undefined. */
export function requiredModuleName(expression: ts.Expression | undefined): string | undefined {
  let current = expression;
  while (current && (ts.isParenthesizedExpression(current) || ts.isAwaitExpression(current))) current = current.expression;
  if (current && ts.isPropertyAccessExpression(current) && current.name.text === 'default') current = current.expression;
  if (
    current &&
    ts.isCallExpression(current) &&
    (current.expression.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(current.expression) && current.expression.text === 'require')) &&
    current.arguments.length === 1 &&
    ts.isStringLiteral(current.arguments[0])
  ) {
    return current.arguments[0].text;
  }
  return undefined;
}

function bindsName(name: ts.BindingName, wanted: string): boolean {
  if (ts.isIdentifier(name)) return name.text === wanted;
  return name.elements.some((element) => !ts.isOmittedExpression(element) && bindsName(element.name, wanted));
}
