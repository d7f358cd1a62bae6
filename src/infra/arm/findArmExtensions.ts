import type { Node } from 'jsonc-parser';
import { isManagedIdentityExtension } from '../../extension/managedIdentityExtension';
import { nameSegments, type NameSegments } from './armExpression';
import { pathValue, propertyValue, stringProperty } from './jsonNodes';

export const VM_EXTENSION_TYPE = 'microsoft.compute/virtualmachines/extensions';
export const SCALE_SET_EXTENSION_TYPE = 'microsoft.compute/virtualmachinescalesets/extensions';
const SCALE_SET_TYPE = 'microsoft.compute/virtualmachinescalesets';
const DEPLOYMENT_TYPE = 'microsoft.resources/deployments';

/** One Managed Identity extension declared in a template, and the list element that declares it. */
export interface ArmExtensionSite {
  /** The list element to delete: an array element, or a property of a symbolic `resources` object. */
  element: Node;
  /** The array or object that holds `element`. */
  container: Node;
  /** `resource`: an extension resource; `profile`: a scale set `extensionProfile.extensions[]` entry. */
  kind: 'resource' | 'profile';
  /** The extension type (`ManagedIdentityExtensionForLinux`), as written. */
  extensionType: string;
  /** The `name` value as parsed (may be an expression), and its string node. */
  name: string;
  nameNode?: Node;
  /** Full resource type and name, for matching `dependsOn` entries (resources only). */
  resourceType?: string;
  segments?: NameSegments;
  /** Symbolic name (languageVersion 2.0 `resources` object). */
  symbolicName?: string;
  /** The name of the resource's own copy loop (`"copy": { "name": "msiLoop" }`), which `dependsOn` may name. */
  copyName?: string;
}

interface ParentResource {
  type: string;
  segments?: NameSegments;
}

/** True when the JSON root looks like an ARM deployment template (schema, or a `resources` list). */
export function isArmTemplate(root: Node | undefined): boolean {
  if (!root || root.type !== 'object') return false;
  const schema = stringProperty(root, '$schema');
  if (schema !== undefined && /deploymentTemplate/i.test(schema)) return true;
  const resources = propertyValue(root, 'resources');
  return resources?.type === 'array' || (resources?.type === 'object' && propertyValue(root, 'languageVersion') !== undefined);
}

/** Every Managed Identity extension in the template: top level, nested, scale set profiles, nested deployments. */
export function findArmExtensions(root: Node): ArmExtensionSite[] {
  const sites: ArmExtensionSite[] = [];
  visitResources(propertyValue(root, 'resources'), undefined, sites);
  return sites;
}

function visitResources(resources: Node | undefined, parent: ParentResource | undefined, sites: ArmExtensionSite[]): void {
  if (!resources || (resources.type !== 'array' && resources.type !== 'object')) return;
  for (const element of resources.children ?? []) {
    const symbolicName = resources.type === 'object' ? (element.children?.[0]?.value as string) : undefined;
    const resource = resources.type === 'object' ? element.children?.[1] : element;
    if (resource?.type !== 'object') continue;
    visitResource(resource, element, resources, parent, symbolicName, sites);
  }
}

function visitResource(
  resource: Node,
  element: Node,
  container: Node,
  parent: ParentResource | undefined,
  symbolicName: string | undefined,
  sites: ArmExtensionSite[],
): void {
  const declaredType = (stringProperty(resource, 'type') ?? '').trim();
  const type = (declaredType.includes('/') || !parent ? declaredType : `${parent.type}/${declaredType}`).toLowerCase();
  const name = stringProperty(resource, 'name') ?? '';
  const ownSegments = nameSegments(name);
  const segments = parent?.segments && ownSegments && ownSegments.length === 1 ? [...parent.segments, ...ownSegments] : ownSegments;
  const properties = propertyValue(resource, 'properties');

  if (type === VM_EXTENSION_TYPE || type === SCALE_SET_EXTENSION_TYPE) {
    const extensionType = stringProperty(properties, 'type');
    if (isManagedIdentityExtension(stringProperty(properties, 'publisher'), extensionType)) {
      sites.push({
        element,
        container,
        kind: 'resource',
        extensionType: extensionType!,
        name,
        nameNode: propertyValue(resource, 'name'),
        resourceType: type,
        segments,
        symbolicName,
        copyName: stringProperty(propertyValue(resource, 'copy'), 'name'),
      });
    }
    return;
  }
  if (type === SCALE_SET_TYPE) visitScaleSetProfile(properties, sites);
  if (type === DEPLOYMENT_TYPE) visitResources(pathValue(properties, ['template', 'resources']), undefined, sites);
  visitResources(propertyValue(resource, 'resources'), { type, segments }, sites);
}

function visitScaleSetProfile(properties: Node | undefined, sites: ArmExtensionSite[]): void {
  const extensions = pathValue(properties, ['virtualMachineProfile', 'extensionProfile', 'extensions']);
  if (extensions?.type !== 'array') return;
  for (const element of extensions.children ?? []) {
    const extensionProperties = propertyValue(element, 'properties');
    const extensionType = stringProperty(extensionProperties, 'type');
    if (isManagedIdentityExtension(stringProperty(extensionProperties, 'publisher'), extensionType)) {
      sites.push({
        element,
        container: extensions,
        kind: 'profile',
        extensionType: extensionType!,
        name: stringProperty(element, 'name') ?? '',
        nameNode: propertyValue(element, 'name'),
      });
    }
  }
}
