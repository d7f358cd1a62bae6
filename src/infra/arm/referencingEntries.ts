import type { Node } from 'jsonc-parser';
import { referenceOf, referencesResource } from './armExpression';
import type { ArmExtensionSite } from './findArmExtensions';
import { allNodes, propertyValue } from './jsonNodes';

/** A string element of a `dependsOn` / `provisionAfterExtensions` list that points at a removed extension. */
export interface ReferencingEntry {
  container: Node;
  index: number;
  site: ArmExtensionSite;
}

/**
 * `dependsOn` entries anywhere in the template that point at one of `sites` (by name, id, symbolic name, or
 * the name of the extension's own copy loop).
 */
export function findDependsOnEntries(root: Node, sites: readonly ArmExtensionSite[]): ReferencingEntry[] {
  const sharedNames = namesKeptBesideCopyLoops(root, sites);
  const entries: ReferencingEntry[] = [];
  for (const node of allNodes(root)) {
    const dependsOn = propertyValue(node, 'dependsOn');
    if (dependsOn?.type !== 'array') continue;
    (dependsOn.children ?? []).forEach((entry, index) => {
      if (entry.type !== 'string') return;
      const site = sites.find((candidate) => dependsOnTargets(entry.value as string, candidate, sharedNames));
      if (site) entries.push({ container: dependsOn, index, site });
    });
  }
  return entries;
}

function dependsOnTargets(value: string, site: ArmExtensionSite, sharedNames: ReadonlySet<string>): boolean {
  const bare = value.trim().toLowerCase();
  if (site.symbolicName !== undefined && bare === site.symbolicName.toLowerCase()) return true;
  // A copy loop on a resource holds that resource alone: once it is removed, its loop name points at nothing.
  if (site.copyName !== undefined && bare === site.copyName.trim().toLowerCase() && !sharedNames.has(bare)) return true;
  if (site.kind !== 'resource' || !site.resourceType || !site.segments) return false;
  const reference = referenceOf(value);
  return reference !== undefined && referencesResource(reference, site.resourceType, site.segments);
}

/**
 * Copy loop names of the extensions that something staying also goes by (a resource, another copy loop:
 * any `name` outside the removed extensions): a `dependsOn` entry with such a name may mean what stays.
 */
function namesKeptBesideCopyLoops(root: Node, sites: readonly ArmExtensionSite[]): Set<string> {
  const loopNames = new Set(sites.flatMap((site) => (site.copyName === undefined ? [] : [site.copyName.trim().toLowerCase()])));
  const shared = new Set<string>();
  if (loopNames.size === 0) return shared;
  const removed = new Set(sites.map((site) => site.element));
  const visit = (node: Node): void => {
    if (removed.has(node)) return;
    const name = propertyValue(node, 'name');
    const value = name?.type === 'string' ? (name.value as string).trim().toLowerCase() : undefined;
    if (value !== undefined && loopNames.has(value)) shared.add(value);
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return shared;
}

/** `provisionAfterExtensions` entries of sibling scale set extensions that name a removed profile entry. */
export function findProvisionAfterEntries(sites: readonly ArmExtensionSite[]): ReferencingEntry[] {
  const entries: ReferencingEntry[] = [];
  for (const site of sites) {
    if (site.kind !== 'profile' || !site.name) continue;
    for (const sibling of site.container.children ?? []) {
      const after = propertyValue(propertyValue(sibling, 'properties'), 'provisionAfterExtensions');
      if (after?.type !== 'array') continue;
      (after.children ?? []).forEach((entry, index) => {
        if (entry.type === 'string' && (entry.value as string).toLowerCase() === site.name.toLowerCase()) {
          entries.push({ container: after, index, site });
        }
      });
    }
  }
  return entries;
}
