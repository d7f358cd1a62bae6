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

/** `dependsOn` entries anywhere in the template that point at one of `sites` (by name, id or symbolic name). */
export function findDependsOnEntries(root: Node, sites: readonly ArmExtensionSite[]): ReferencingEntry[] {
  const entries: ReferencingEntry[] = [];
  for (const node of allNodes(root)) {
    const dependsOn = propertyValue(node, 'dependsOn');
    if (dependsOn?.type !== 'array') continue;
    (dependsOn.children ?? []).forEach((entry, index) => {
      if (entry.type !== 'string') return;
      const site = sites.find((candidate) => dependsOnTargets(entry.value as string, candidate));
      if (site) entries.push({ container: dependsOn, index, site });
    });
  }
  return entries;
}

function dependsOnTargets(value: string, site: ArmExtensionSite): boolean {
  if (site.symbolicName !== undefined && value.trim().toLowerCase() === site.symbolicName.toLowerCase()) return true;
  if (site.kind !== 'resource' || !site.resourceType || !site.segments) return false;
  const reference = referenceOf(value);
  return reference !== undefined && referencesResource(reference, site.resourceType, site.segments);
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
