import type { Node } from 'jsonc-parser';

/** The value node of property `key` (case-insensitive, as ARM reads keys) of an object node. */
export function propertyValue(object: Node | undefined, key: string): Node | undefined {
  if (!object || object.type !== 'object') return undefined;
  const wanted = key.toLowerCase();
  for (const property of object.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (typeof keyNode?.value === 'string' && keyNode.value.toLowerCase() === wanted) return valueNode;
  }
  return undefined;
}

/** The string held by property `key`, if it is a string. */
export function stringProperty(object: Node | undefined, key: string): string | undefined {
  const value = propertyValue(object, key);
  return value?.type === 'string' ? (value.value as string) : undefined;
}

/** Follows a path of property keys. */
export function pathValue(object: Node | undefined, keys: readonly string[]): Node | undefined {
  let node = object;
  for (const key of keys) node = propertyValue(node, key);
  return node;
}

/** Every node of the tree, depth first (the root included). */
export function* allNodes(root: Node): Generator<Node> {
  yield root;
  for (const child of root.children ?? []) yield* allNodes(child);
}

/** Half-open text range of a node. */
export function rangeOf(node: Node): { start: number; end: number } {
  return { start: node.offset, end: node.offset + node.length };
}
