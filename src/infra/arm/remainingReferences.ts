import type { Node } from 'jsonc-parser';
import type { ArmExtensionSite } from './findArmExtensions';
import { allNodes } from './jsonNodes';

/**
 * The first string value outside the removed ranges that still names `site` (its literal child name as a
 * word, or its symbolic name / name expression next to an extension type), e.g. an output that reads
 * `reference(...)` of the extension. Such an extension is reported, not removed.
 */
export function findRemainingReference(root: Node, site: ArmExtensionSite, isRemoved: (offset: number) => boolean): Node | undefined {
  const needles = referenceNeedles(site);
  if (needles.length === 0) return undefined;
  for (const node of allNodes(root)) {
    if (node.type !== 'string' || isPropertyKey(node) || isRemoved(node.offset)) continue;
    const value = (node.value as string).toLowerCase().replace(/\s+/g, '');
    if (needles.some((needle) => needle(value))) return node;
  }
  return undefined;
}

function referenceNeedles(site: ArmExtensionSite): Array<(value: string) => boolean> {
  const needles: Array<(value: string) => boolean> = [];
  const last = site.segments?.[site.segments.length - 1] ?? (site.name.startsWith('[') ? undefined : `l:${site.name.toLowerCase()}`);
  if (last?.startsWith('l:') && !last.includes('+')) {
    const word = new RegExp(`(?:^|[^a-z0-9_.-])${escapeRegExp(last.slice(2))}(?:$|[^a-z0-9_.-])`);
    needles.push((value) => word.test(value));
  } else if (last?.startsWith('e:') && !last.includes('+')) {
    const symbol = last.slice(2);
    needles.push((value) => value.includes(symbol) && value.includes('/extensions'));
  }
  if (site.symbolicName) {
    const quoted = `'${site.symbolicName.toLowerCase()}'`;
    needles.push((value) => value.startsWith('[') && value.includes(quoted));
  }
  return needles;
}

function isPropertyKey(node: Node): boolean {
  return node.parent?.type === 'property' && node.parent.children?.[0] === node;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
