import { ts } from '../typescript';
import { requiredModuleName, type FileScope } from '../ast/scope';
import { skipWrappers } from '../ast/wrappers';
import { sourcesOf } from '../values/sources';
import type { HttpClient } from './httpClient';
import { clientForModule } from './table';

/** What a callee's receiver is: a module (and the export taken), a client instance, or a global. */
export type CalleeOrigin =
  | { kind: 'module'; moduleName: string; importedName: string; client?: HttpClient }
  | { kind: 'global'; name: string }
  | { kind: 'instance'; factory: ts.CallExpression; client: HttpClient };

const MAX_DEPTH = 6;

/**
 * Where an expression's value comes from, as far as calling a client goes: an import or require, a
 * client instance made by a factory (`axios.create(…)`, `got.extend(…)`, `request.defaults(…)`, kept in
 * a const or a class member), or a global.
 */
export function originOf(expression: ts.Expression, scope: FileScope, depth = 0): CalleeOrigin | undefined {
  const node = skipWrappers(expression);
  if (depth > MAX_DEPTH) return undefined;
  if (ts.isIdentifier(node)) {
    const binding = scope.bindingOf(node);
    if (!binding) return { kind: 'global', name: node.text };
    if (binding.kind === 'import') return moduleOrigin(binding.moduleName, binding.importedName);
    if (binding.kind !== 'variable' || !binding.declaration.initializer) return undefined;
    if (!binding.isConst && scope.isReassigned(node.text)) return undefined;
    return originOf(binding.declaration.initializer, scope, depth + 1);
  }
  const required = requiredModuleName(node);
  if (required) {
    const isDefault = ts.isPropertyAccessExpression(node) || ts.isAwaitExpression(node);
    return moduleOrigin(required, isDefault ? 'default' : '*');
  }
  if (ts.isAwaitExpression(node)) return originOf(node.expression, scope, depth + 1);
  if (ts.isPropertyAccessExpression(node) && node.name.text === 'default') {
    const inner = originOf(node.expression, scope, depth + 1);
    if (inner?.kind === 'module') return inner;
  }
  if (ts.isCallExpression(node)) return factoryOrigin(node, scope, depth);
  if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    // `this.http`, `clients.msi`: a member that holds one instance or module.
    const found = sourcesOf(node, scope);
    if (found?.complete && found.sources.length === 1 && found.sources[0].scope === scope)
      return originOf(found.sources[0].expression, scope, depth + 1);
  }
  return undefined;
}

/** `axios.create({…})`, `got.extend({…})`, `request.defaults({…})`, `instance.extend({…})`: an instance. */
function factoryOrigin(call: ts.CallExpression, scope: FileScope, depth: number): CalleeOrigin | undefined {
  const callee = skipWrappers(call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const receiver = originOf(callee.expression, scope, depth + 1);
  const client = receiver?.kind === 'module' || receiver?.kind === 'instance' ? receiver.client : undefined;
  if (!client?.factories?.includes(callee.name.text)) return undefined;
  return { kind: 'instance', factory: call, client };
}

function moduleOrigin(moduleName: string, importedName: string): CalleeOrigin {
  return { kind: 'module', moduleName, importedName, client: clientForModule(moduleName) };
}

/** The receiver and method of a callee: `axios.default.post` → axios.default, 'post'; `fetch` → fetch, undefined. */
export function splitCallee(callee: ts.Expression): { receiver: ts.Expression; member?: string } {
  const node = skipWrappers(callee);
  if (ts.isPropertyAccessExpression(node)) return { receiver: node.expression, member: node.name.text };
  return { receiver: node };
}
