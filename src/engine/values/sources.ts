import { ts } from '../typescript';
import { findProperty, hasOpaqueMembers, propertyValue } from '../ast/objectEdits';
import { memberKey, requiredModuleName, type FileScope } from '../ast/scope';
import { skipWrappers } from '../ast/wrappers';
import { enclosingFunction, thisContext, type ThisContext } from './thisContext';

/** An expression a value may come from, with the scope (module) to read it in. */
export interface Source {
  expression: ts.Expression;
  scope: FileScope;
}

/** Where the value of a reference (a variable, a member, a call) may come from. */
export interface ValueSources {
  sources: Source[];
  /** False when a value the engine cannot see may flow in too (an argument, a default left out). */
  complete: boolean;
  /** The declaration, member or function these values belong to, when there is one. */
  definition?: ts.Node;
}

const MAX_DEPTH = 8;

/**
 * The expressions that can flow into `node`, found by following the file: a variable's initializer and
 * later assignments, a parameter's default and reassignments, a member of an object literal (with the
 * assignments to it), a class member (`this.x`: field initializer, parameter property, assignments in the
 * class; `Class.X` for statics), a parameter's member set in its function (`options.port = 50342`), and
 * the returned expressions of a local function or method. Undefined for anything else. Pure.
 */
export function sourcesOf(expression: ts.Expression, scope: FileScope, depth = 0): ValueSources | undefined {
  const node = skipWrappers(expression);
  if (depth > MAX_DEPTH) return undefined;
  if (ts.isIdentifier(node)) return identifierSources(node, scope);
  const required = moduleMemberSources(node, scope);
  if (required) return required;
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) return memberSources(node, scope, depth);
  if (ts.isCallExpression(node)) return returnSources(node, scope);
  return undefined;
}

function identifierSources(identifier: ts.Identifier, scope: FileScope): ValueSources | undefined {
  const binding = scope.bindingOf(identifier);
  if (binding?.kind === 'variable') {
    const declaration = binding.declaration;
    const sources: Source[] = declaration.initializer ? [{ expression: declaration.initializer, scope }] : [];
    let complete = true;
    if (!binding.isConst) {
      for (const assignment of scope.assignmentsOf(identifier.text)) {
        if (!ts.isIdentifier(assignment.left) || scope.bindingOf(assignment.left)?.declaration !== declaration) continue;
        if (isPlainOrDefaultingAssignment(assignment)) sources.push({ expression: assignment.right, scope });
        else complete = false;
      }
    }
    return { sources, complete, definition: declaration };
  }
  if (binding?.kind === 'import' && scope.imports) {
    const exported = scope.imports.exportedConst(scope.sourceFile.fileName, binding.moduleName, binding.importedName);
    if (exported)
      return { sources: [{ expression: exported.initializer, scope: exported.scope }], complete: true, definition: exported.declaration };
    return undefined;
  }
  if (binding?.kind === 'parameter') {
    const declared = declaredElement(binding.declaration, identifier.text);
    if (!declared) return undefined;
    const destructured = destructuredConstSources(declared, scope);
    if (destructured) return destructured;
    const sources: Source[] = declared.initializer ? [{ expression: declared.initializer, scope }] : [];
    // Reassignments of a parameter inside its own function (`port = port || 50342`, `if (!port) port = 50342`).
    const owner = enclosingFunction(declared);
    for (const assignment of scope.assignmentsOf(identifier.text)) {
      if (!ts.isIdentifier(assignment.left) || scope.bindingOf(assignment.left)?.declaration !== binding.declaration) continue;
      if (owner && enclosingFunction(assignment) !== owner) continue;
      if (isPlainOrDefaultingAssignment(assignment)) sources.push({ expression: assignment.right, scope });
    }
    // A caller may pass anything: the values seen here are some of the possible ones.
    return { sources, complete: false, definition: declared };
  }
  return undefined;
}

function memberSources(
  access: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  scope: FileScope,
  depth: number,
): ValueSources | undefined {
  const key = memberKey(access);
  if (key === undefined) return undefined;
  const receiver = skipWrappers(access.expression);
  if (receiver.kind === ts.SyntaxKind.ThisKeyword) {
    const context = thisContext(access);
    return context ? classMemberSources(context, key, scope) : undefined;
  }
  if (ts.isIdentifier(receiver)) {
    const binding = scope.bindingOf(receiver);
    if (binding?.kind === 'function' && ts.isClassLike(binding.declaration)) {
      return classMemberSources({ classNode: binding.declaration, isStatic: true }, key, scope);
    }
    if (binding?.kind === 'parameter') return parameterMemberSources(receiver, key, scope);
    // `Identity.BASE` of `import Identity from './Identity'` (`export default class Identity { static BASE = … }`).
    if (binding?.kind === 'import' && scope.imports) {
      const exported = scope.imports.exportedClass(scope.sourceFile.fileName, binding.moduleName, binding.importedName);
      if (exported) return classMemberSources({ classNode: exported.classNode, isStatic: true }, key, exported.scope);
    }
  }
  const object = objectLiteralOf(receiver, scope, depth + 1);
  if (!object) return undefined;
  const property = findProperty(object.literal, key);
  const sources: Source[] = property ? [{ expression: propertyValue(property), scope: object.scope }] : [];
  let complete = !hasOpaqueMembers(object.literal);
  // Assignments to the same member of the same object elsewhere in the file (`config.msi.port = 50343`).
  for (const assignment of object.scope.memberAssignmentsOf(key)) {
    const target = assignment.left as ts.PropertyAccessExpression | ts.ElementAccessExpression;
    if (objectLiteralOf(target.expression, object.scope, depth + 1)?.literal !== object.literal) continue;
    if (isPlainOrDefaultingAssignment(assignment)) sources.push({ expression: assignment.right, scope: object.scope });
    else complete = false;
  }
  if (sources.length === 0) return undefined;
  return { sources, complete, definition: property ?? object.literal };
}

/**
 * `endpoints.MSI_URL` where `endpoints` is a module (`import * as endpoints`, `const endpoints =
 * require('./endpoints')`), or `require('./endpoints').MSI_URL` itself: the module's export.
 */
function moduleMemberSources(node: ts.Expression, scope: FileScope): ValueSources | undefined {
  if (!scope.imports || !(ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node))) return undefined;
  const key = memberKey(node);
  if (key === undefined) return undefined;
  const moduleName = moduleNameOf(skipWrappers(node.expression), scope);
  if (!moduleName) return undefined;
  const exported = scope.imports.exportedConst(scope.sourceFile.fileName, moduleName, key);
  return exported
    ? { sources: [{ expression: exported.initializer, scope: exported.scope }], complete: true, definition: exported.declaration }
    : undefined;
}

/** The relative module an expression is the namespace of, if it is one. */
function moduleNameOf(receiver: ts.Expression, scope: FileScope): string | undefined {
  const required = requiredModuleName(receiver);
  if (required) return required.startsWith('.') ? required : undefined;
  if (!ts.isIdentifier(receiver)) return undefined;
  const binding = scope.bindingOf(receiver);
  if (binding?.kind === 'import' && binding.importedName === '*')
    return binding.moduleName.startsWith('.') ? binding.moduleName : undefined;
  // `import cfg from './msi.json'`, `import ep from './endpoint.cjs'`: the default is the module's object.
  if (
    binding?.kind === 'import' &&
    binding.importedName === 'default' &&
    binding.moduleName.startsWith('.') &&
    scope.imports?.defaultImportIsModuleObject(scope.sourceFile.fileName, binding.moduleName)
  )
    return binding.moduleName;
  if (binding?.kind === 'variable' && binding.isConst && binding.declaration.initializer) {
    const name = requiredModuleName(skipWrappers(binding.declaration.initializer));
    return name?.startsWith('.') ? name : undefined;
  }
  return undefined;
}

/** `options.port` where `options` is a parameter: the values the function itself assigns to it. */
function parameterMemberSources(receiver: ts.Identifier, key: string, scope: FileScope): ValueSources | undefined {
  const declaration = scope.bindingOf(receiver)?.declaration;
  const sources: Source[] = [];
  for (const assignment of scope.memberAssignmentsOf(key)) {
    const target = skipWrappers((assignment.left as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression);
    if (!ts.isIdentifier(target) || scope.bindingOf(target)?.declaration !== declaration) continue;
    if (isPlainOrDefaultingAssignment(assignment)) sources.push({ expression: assignment.right, scope });
  }
  return sources.length > 0 ? { sources, complete: false } : undefined;
}

/**
 * A class member's sources: its field initializer, a parameter property's default (then incomplete:
 * the caller decides), and every `this.x = …` (or `Class.x = …` for a static) in the class's own code.
 */
function classMemberSources(context: ThisContext, key: string, scope: FileScope): ValueSources | undefined {
  const { classNode, isStatic } = context;
  const sources: Source[] = [];
  let complete = true;
  let definition: ts.Node | undefined;
  for (const member of classNode.members) {
    if (ts.isPropertyDeclaration(member) && memberName(member.name) === key && isStaticMember(member) === isStatic) {
      definition = member;
      if (member.initializer) sources.push({ expression: member.initializer, scope });
    }
    if (!isStatic && ts.isConstructorDeclaration(member)) {
      for (const parameter of member.parameters) {
        if (!ts.isIdentifier(parameter.name) || parameter.name.text !== key || !ts.canHaveModifiers(parameter)) continue;
        if (!ts.isParameterPropertyDeclaration(parameter, member)) continue;
        definition = parameter;
        if (parameter.initializer) sources.push({ expression: parameter.initializer, scope });
        complete = false;
      }
    }
  }
  let assigned = false;
  for (const assignment of scope.memberAssignmentsOf(key)) {
    const target = skipWrappers((assignment.left as ts.PropertyAccessExpression | ts.ElementAccessExpression).expression);
    const sameMember =
      target.kind === ts.SyntaxKind.ThisKeyword
        ? sameContext(thisContext(assignment.left), context)
        : isStatic && ts.isIdentifier(target) && scope.bindingOf(target)?.declaration === classNode;
    if (!sameMember) continue;
    assigned = true;
    definition ??= assignment;
    if (isPlainOrDefaultingAssignment(assignment)) sources.push({ expression: assignment.right, scope });
    else complete = false;
  }
  if (!definition) return undefined;
  // A field declared without an initializer and never assigned here holds what other code puts there.
  if (sources.length === 0 || (!assigned && sources.length === 0)) complete = false;
  return { sources, complete, definition };
}

/** The returned expressions of a local function, or of a method called on `this`. */
function returnSources(call: ts.CallExpression, callerScope: FileScope): ValueSources | undefined {
  const called = calledFunction(call, callerScope);
  if (!called?.fn.body) return undefined;
  const { fn, scope } = called;
  if (!fn.body) return undefined;
  if (!ts.isBlock(fn.body)) return { sources: [{ expression: fn.body, scope }], complete: true, definition: fn };
  const sources: Source[] = [];
  let complete = true;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return; // a nested function's returns are not this one's
    if (ts.isReturnStatement(node)) {
      if (node.expression) sources.push({ expression: node.expression, scope });
      else complete = false;
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn.body, visit);
  return sources.length > 0 ? { sources, complete, definition: fn } : undefined;
}

type FunctionWithBody = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

/**
 * The function a call names, with the scope of its module: a local function or const arrow, a method of
 * the class `this` is, or a function another module exports (ESM or CommonJS).
 */
export function calledFunction(call: ts.CallExpression, scope: FileScope): { fn: FunctionWithBody; scope: FileScope } | undefined {
  const callee = skipWrappers(call.expression);
  if (ts.isIdentifier(callee)) {
    const binding = scope.bindingOf(callee);
    if (binding?.kind === 'function' && ts.isFunctionDeclaration(binding.declaration)) return { fn: binding.declaration, scope };
    if (binding?.kind === 'variable' && binding.isConst && binding.declaration.initializer) {
      const initializer = skipWrappers(binding.declaration.initializer);
      if (ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer)) return { fn: initializer, scope };
    }
    if (binding?.kind === 'import' && scope.imports)
      return scope.imports.exportedFunction(scope.sourceFile.fileName, binding.moduleName, binding.importedName);
    return undefined;
  }
  if ((ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee)) && scope.imports) {
    const moduleName = moduleNameOf(skipWrappers(callee.expression), scope);
    const key = memberKey(callee);
    if (moduleName && key !== undefined) return scope.imports.exportedFunction(scope.sourceFile.fileName, moduleName, key);
  }
  if (ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword) {
    const context = thisContext(callee);
    if (!context) return undefined;
    for (const member of context.classNode.members) {
      if (ts.isMethodDeclaration(member) && memberName(member.name) === callee.name.text && isStaticMember(member) === context.isStatic) {
        return { fn: member, scope };
      }
    }
  }
  return undefined;
}

/** The object literal an expression holds, followed through consts, members and returns. */
export function objectLiteralOf(
  expression: ts.Expression,
  scope: FileScope,
  depth = 0,
): { literal: ts.ObjectLiteralExpression; scope: FileScope } | undefined {
  const node = skipWrappers(expression);
  if (ts.isObjectLiteralExpression(node)) return { literal: node, scope };
  if (depth > MAX_DEPTH) return undefined;
  const found = sourcesOf(node, scope, depth + 1);
  if (!found || found.sources.length !== 1) return undefined;
  const [only] = found.sources;
  // A variable first set to `{}` and then filled is still that object; a parameter's default is not
  // the only object it may hold, so only a complete single source counts.
  if (!found.complete) return undefined;
  return objectLiteralOf(only.expression, only.scope, depth + 1);
}

/**
 * A name a const destructures from a literal it can see: `const [host, port] = ['localhost', 50342]` (the
 * element at its place), `const { host, port } = MSI` with MSI a const object literal (the member). The
 * pattern's default counts too when the literal may lack the value. Undefined for anything else.
 */
function destructuredConstSources(element: ts.ParameterDeclaration | ts.BindingElement, scope: FileScope): ValueSources | undefined {
  if (!ts.isBindingElement(element) || element.dotDotDotToken) return undefined;
  const pattern = element.parent;
  const declaration = pattern.parent;
  if (!ts.isVariableDeclaration(declaration) || !declaration.initializer || !ts.isVariableDeclarationList(declaration.parent))
    return undefined;
  if ((declaration.parent.flags & ts.NodeFlags.Const) === 0) return undefined;
  let value: ts.Expression | undefined;
  if (ts.isArrayBindingPattern(pattern)) {
    const array = skipWrappers(declaration.initializer);
    const index = pattern.elements.indexOf(element);
    if (!ts.isArrayLiteralExpression(array) || array.elements.slice(0, index + 1).some(ts.isSpreadElement)) return undefined;
    value = array.elements[index];
    if (value && ts.isOmittedExpression(value)) value = undefined;
  } else {
    const key = element.propertyName ? memberName(element.propertyName) : ts.isIdentifier(element.name) ? element.name.text : undefined;
    const object = key === undefined ? undefined : objectLiteralOf(declaration.initializer, scope, 1);
    if (!object || key === undefined || hasOpaqueMembers(object.literal)) return undefined;
    const property = findProperty(object.literal, key);
    if (property) return { sources: [{ expression: propertyValue(property), scope: object.scope }], complete: true, definition: property };
  }
  if (value) return { sources: [{ expression: value, scope }], complete: true, definition: value };
  return element.initializer ? { sources: [{ expression: element.initializer, scope }], complete: true, definition: element } : undefined;
}

/** `x = v`, and the defaulting forms `x ||= v` / `x ??= v` (v is one of the values x may hold). */
function isPlainOrDefaultingAssignment(assignment: ts.BinaryExpression): boolean {
  const kind = assignment.operatorToken.kind;
  return (
    kind === ts.SyntaxKind.EqualsToken || kind === ts.SyntaxKind.BarBarEqualsToken || kind === ts.SyntaxKind.QuestionQuestionEqualsToken
  );
}

/** The parameter or binding element that declares `name` (inside a destructuring pattern too). */
function declaredElement(declaration: ts.Node, name: string): ts.ParameterDeclaration | ts.BindingElement | undefined {
  if (ts.isParameter(declaration) && ts.isIdentifier(declaration.name)) return declaration.name.text === name ? declaration : undefined;
  const pattern = (declaration as ts.ParameterDeclaration | ts.VariableDeclaration).name;
  if (!pattern || ts.isIdentifier(pattern)) return undefined;
  const visit = (binding: ts.BindingName): ts.BindingElement | undefined => {
    if (ts.isIdentifier(binding)) return undefined;
    for (const element of binding.elements) {
      if (ts.isOmittedExpression(element)) continue;
      if (ts.isIdentifier(element.name) && element.name.text === name) return element;
      const nested = visit(element.name);
      if (nested) return nested;
    }
    return undefined;
  };
  return visit(pattern);
}

function memberName(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name) || ts.isNumericLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && ts.isStringLiteralLike(name.expression)) return name.expression.text;
  return undefined;
}

function isStaticMember(member: ts.ClassElement): boolean {
  return (
    ts.canHaveModifiers(member) && (ts.getModifiers(member)?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword) ?? false)
  );
}

function sameContext(a: ThisContext | undefined, b: ThisContext): boolean {
  return a !== undefined && a.classNode === b.classNode && a.isStatic === b.isStatic;
}
