import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { ResolvedPackage } from './resolvedPackage';

/**
 * Installed packages of a package-lock.json / npm-shrinkwrap.json: v2/v3 `packages` (keys
 * `node_modules/…/node_modules/<name>`), else v1 `dependencies` (nested). Undefined when not JSON.
 */
export function packageLockPackages(text: string): ResolvedPackage[] | undefined {
  const root = parseTree(text);
  if (!root || root.type !== 'object') return undefined;
  const packages = findNodeAtLocation(root, ['packages']);
  if (packages?.type === 'object') {
    return (packages.children ?? []).flatMap((property) => {
      const key = String(property.children?.[0]?.value ?? '');
      const at = key.lastIndexOf('node_modules/');
      if (at < 0) return [];
      const name = key.slice(at + 'node_modules/'.length);
      const entry = property.children?.[1];
      const resolvedName = stringAt(entry, ['name']);
      return versionOf(resolvedName?.value ?? name, entry);
    });
  }
  const found: ResolvedPackage[] = [];
  collectV1(findNodeAtLocation(root, ['dependencies']), found);
  return found;
}

function collectV1(dependencies: Node | undefined, found: ResolvedPackage[]): void {
  if (dependencies?.type !== 'object') return;
  for (const property of dependencies.children ?? []) {
    const name = String(property.children?.[0]?.value ?? '');
    const entry = property.children?.[1];
    found.push(...versionOf(name, entry));
    collectV1(entry ? findNodeAtLocation(entry, ['dependencies']) : undefined, found);
  }
}

function versionOf(name: string, entry: Node | undefined): ResolvedPackage[] {
  const version = stringAt(entry, ['version']);
  if (!version) return [];
  return [{ name, version: version.value, start: version.node.offset + 1, end: version.node.offset + version.node.length - 1 }];
}

function stringAt(entry: Node | undefined, path: string[]): { value: string; node: Node } | undefined {
  const node = entry?.type === 'object' ? findNodeAtLocation(entry, path) : undefined;
  return node?.type === 'string' ? { value: String(node.value), node } : undefined;
}
