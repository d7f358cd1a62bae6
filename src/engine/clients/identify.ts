import { ts } from '../typescript';
import { requiredModuleName, type FileScope } from '../ast/scope';
import { skipWrappers } from '../url/evaluate';

/** What a callee's root identifier is bound to: a module (and the export taken), or a client instance. */
export type CalleeOrigin =
  | { kind: 'module'; moduleName: string; importedName: string }
  | { kind: 'global'; name: string }
  | { kind: 'instance'; factory: ts.CallExpression; moduleName: string };

const MODULE_ALIASES: Record<string, string> = {
  'node:http': 'http',
  'node:https': 'https',
  'request-promise': 'request',
  'request-promise-native': 'request',
  'cross-fetch': 'node-fetch',
  'isomorphic-fetch': 'node-fetch',
  undici: 'node-fetch',
};

/** Normalises module names that behave alike (`node:http` → `http`, request-promise → request). */
export function canonicalModule(moduleName: string): string {
  return MODULE_ALIASES[moduleName] ?? moduleName;
}

/** Where an identifier comes from: an import/require, a client instance made by a factory, or a global. */
export function originOf(identifier: ts.Identifier, scope: FileScope, depth = 0): CalleeOrigin | undefined {
  const binding = scope.bindingOf(identifier);
  if (!binding) return { kind: 'global', name: identifier.text };
  if (binding.kind === 'import') {
    return { kind: 'module', moduleName: canonicalModule(binding.moduleName), importedName: binding.importedName };
  }
  if (binding.kind !== 'variable' || !binding.declaration.initializer || depth > 4) return undefined;
  const initializer = skipWrappers(binding.declaration.initializer);
  const required = requiredModuleName(initializer);
  if (required) {
    const isDefault = ts.isPropertyAccessExpression(skipWrappers(initializer)) || ts.isAwaitExpression(initializer);
    return { kind: 'module', moduleName: canonicalModule(required), importedName: isDefault ? 'default' : '*' };
  }
  // `const client = axios.create({...})`, `const api = got.extend({...})`
  if (
    ts.isCallExpression(initializer) &&
    ts.isPropertyAccessExpression(initializer.expression) &&
    ts.isIdentifier(initializer.expression.expression)
  ) {
    const factoryOf = originOf(initializer.expression.expression, scope, depth + 1);
    const method = initializer.expression.name.text;
    if (
      factoryOf?.kind === 'module' &&
      ((factoryOf.moduleName === 'axios' && method === 'create') || (factoryOf.moduleName === 'got' && method === 'extend'))
    ) {
      return { kind: 'instance', factory: initializer, moduleName: factoryOf.moduleName };
    }
  }
  // `const fetch = require('node-fetch')` handled above; `const get = axios.get` is rare: not followed.
  return undefined;
}

/** The root identifier and the member chain of a callee: `axios.default.post` → axios, ['default', 'post']. */
export function calleeChain(callee: ts.Expression): { root?: ts.Identifier; members: string[] } {
  const members: string[] = [];
  let node = skipWrappers(callee);
  while (ts.isPropertyAccessExpression(node)) {
    members.unshift(node.name.text);
    node = skipWrappers(node.expression);
  }
  return ts.isIdentifier(node) ? { root: node, members } : { members };
}
