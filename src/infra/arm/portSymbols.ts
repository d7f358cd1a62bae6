import type { Node } from 'jsonc-parser';
import { propertyValue } from './jsonNodes';

/** A template variable or parameter with `port` in its name that only the removed extension used. */
export interface DeadPortSymbol {
  section: 'variables' | 'parameters';
  name: string;
  /** The property node in `variables` / `parameters`, and that object. */
  property: Node;
  container: Node;
}

/**
 * Port variables/parameters (`msiPort`, `extensionPort`) referenced inside the removed ranges and nowhere
 * else in the text (comments count as uses, to stay on the safe side).
 */
export function findDeadPortSymbols(text: string, root: Node, isRemoved: (offset: number) => boolean): DeadPortSymbol[] {
  const dead: DeadPortSymbol[] = [];
  for (const section of ['variables', 'parameters'] as const) {
    const container = propertyValue(root, section);
    if (container?.type !== 'object') continue;
    for (const property of container.children ?? []) {
      const name = property.children?.[0]?.value;
      if (typeof name !== 'string' || !/port/i.test(name)) continue;
      const uses = [...text.matchAll(new RegExp(`${section}\\(\\s*'${escapeRegExp(name)}'\\s*\\)`, 'gi'))];
      if (uses.length > 0 && uses.every((use) => isRemoved(use.index ?? 0))) {
        dead.push({ section, name, property, container });
      }
    }
  }
  return dead;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
