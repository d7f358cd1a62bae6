import { findNodeAtLocation, parseTree } from 'jsonc-parser';

/** A dependency range declared in package.json, with the text range of the range string. */
export interface DeclaredRange {
  name: string;
  range: string;
  field: string;
  start: number;
  end: number;
}

const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];

/** Every dependency range of a package.json (undefined when it is not a JSON object). */
export function packageJsonRanges(text: string): DeclaredRange[] | undefined {
  const root = parseTree(text);
  if (!root || root.type !== 'object') return undefined;
  return FIELDS.flatMap((field) => {
    const map = findNodeAtLocation(root, [field]);
    if (map?.type !== 'object') return [];
    return (map.children ?? []).flatMap((property) => {
      const [key, value] = property.children ?? [];
      if (!key || value?.type !== 'string') return [];
      return [
        { name: String(key.value), range: String(value.value), field, start: value.offset + 1, end: value.offset + value.length - 1 },
      ];
    });
  });
}
