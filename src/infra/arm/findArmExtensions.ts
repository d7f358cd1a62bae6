import type { Node } from 'jsonc-parser';
import { isExtensionType, isManagedIdentityExtension } from '../../extension/managedIdentityExtension';
import { nameSegments, type NameSegments } from './armExpression';
import { pathValue, propertyValue, stringProperty } from './jsonNodes';
import { mayBeManagedIdentityExtension, resolveTemplateNodes, resolveTemplateValue, type ResolvedField } from './parameterValues';

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
  /**
   * Set when the publisher or type is a `[parameters('…')]` / `[variables('…')]` reference whose values in the
   * template may be the extension's: what they are, for the message. Such an extension is reported, not removed.
   */
  parameterised?: string;
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
  visitResources(propertyValue(root, 'resources'), undefined, [root], sites);
  return sites;
}

/** `scopes`: the templates whose parameters and variables a resource may read, innermost first. */
function visitResources(
  resources: Node | undefined,
  parent: ParentResource | undefined,
  scopes: readonly Node[],
  sites: ArmExtensionSite[],
): void {
  if (!resources || (resources.type !== 'array' && resources.type !== 'object')) return;
  for (const element of resources.children ?? []) {
    const symbolicName = resources.type === 'object' ? (element.children?.[0]?.value as string) : undefined;
    const resource = resources.type === 'object' ? element.children?.[1] : element;
    if (resource?.type !== 'object') continue;
    visitResource(resource, element, resources, parent, symbolicName, scopes, sites);
  }
}

function visitResource(
  resource: Node,
  element: Node,
  container: Node,
  parent: ParentResource | undefined,
  symbolicName: string | undefined,
  scopes: readonly Node[],
  sites: ArmExtensionSite[],
): void {
  const declaredType = (stringProperty(resource, 'type') ?? '').trim();
  const type = (declaredType.includes('/') || !parent ? declaredType : `${parent.type}/${declaredType}`).toLowerCase();
  const name = stringProperty(resource, 'name') ?? '';
  const ownSegments = nameSegments(name);
  const segments = parent?.segments && ownSegments && ownSegments.length === 1 ? [...parent.segments, ...ownSegments] : ownSegments;
  const properties = propertyValue(resource, 'properties');

  if (type === VM_EXTENSION_TYPE || type === SCALE_SET_EXTENSION_TYPE) {
    const identity = extensionIdentity(properties, scopes);
    if (identity) {
      sites.push({
        ...identity,
        element,
        container,
        kind: 'resource',
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
  if (type === SCALE_SET_TYPE) visitScaleSetProfile(properties, scopes, sites);
  if (type === DEPLOYMENT_TYPE) {
    const template = propertyValue(properties, 'template');
    visitResources(propertyValue(template, 'resources'), undefined, template ? [template, ...scopes] : scopes, sites);
  }
  visitResources(propertyValue(resource, 'resources'), { type, segments }, scopes, sites);
}

function visitScaleSetProfile(properties: Node | undefined, scopes: readonly Node[], sites: ArmExtensionSite[]): void {
  const extensions = pathValue(properties, ['virtualMachineProfile', 'extensionProfile', 'extensions']);
  if (extensions?.type === 'string') {
    // The whole list from a parameter or variable (`"extensions": "[variables('extensions')]"`).
    const lists = resolveTemplateNodes(extensions.value as string, scopes).filter((node) => node.type === 'array');
    const entries = lists.flatMap((list) => list.children ?? []);
    reportTemplateEntries(extensions, extensions, extensions.value as string, entries, scopes, sites);
    return;
  }
  if (extensions?.type !== 'array') return;
  for (const element of extensions.children ?? []) {
    if (element.type === 'string') {
      // An entry that is a parameter or variable (`"[variables('msiExtension')]"`) holding the extension.
      const entries = resolveTemplateNodes(element.value as string, scopes);
      reportTemplateEntries(element, extensions, element.value as string, entries, scopes, sites);
      continue;
    }
    const identity = extensionIdentity(propertyValue(element, 'properties'), scopes);
    if (identity) {
      sites.push({
        ...identity,
        element,
        container: extensions,
        kind: 'profile',
        name: stringProperty(element, 'name') ?? '',
        nameNode: propertyValue(element, 'name'),
      });
    }
  }
}

/**
 * Scale set profile entries given by a parameter or variable: the first that is (or may be) the extension is
 * reported at `element`, as coming from the template's parameters or variables (never removed).
 */
function reportTemplateEntries(
  element: Node,
  container: Node,
  expression: string,
  entries: readonly Node[],
  scopes: readonly Node[],
  sites: ArmExtensionSite[],
): void {
  for (const entry of entries) {
    if (entry.type !== 'object') continue;
    const identity = extensionIdentity(propertyValue(entry, 'properties'), scopes);
    if (!identity) continue;
    const name = stringProperty(entry, 'name') ?? '';
    sites.push({
      extensionType: identity.extensionType,
      parameterised: `publisher and type (in ${expression.trim()}${name ? `, entry '${name}'` : ''})`,
      element,
      container,
      kind: 'profile',
      name: expression.trim(),
    });
    return;
  }
}

/**
 * The extension type of an extension's `properties` when its publisher and type are the Managed Identity
 * extension's, written out, or read from the template's parameters and variables (then `parameterised` says how).
 */
function extensionIdentity(
  properties: Node | undefined,
  scopes: readonly Node[],
): Pick<ArmExtensionSite, 'extensionType' | 'parameterised'> | undefined {
  const publisher = stringProperty(properties, 'publisher');
  const type = stringProperty(properties, 'type');
  if (isManagedIdentityExtension(publisher, type)) return { extensionType: type! };
  const resolvedPublisher = resolveTemplateValue(publisher, scopes);
  const resolvedType = resolveTemplateValue(type, scopes);
  if (!resolvedPublisher && !resolvedType) return undefined;
  if (!mayBeManagedIdentityExtension({ literal: publisher, resolved: resolvedPublisher }, { literal: type, resolved: resolvedType })) {
    return undefined;
  }
  const fields: Array<[string, ResolvedField | undefined]> = [
    ['publisher', resolvedPublisher],
    ['type', resolvedType],
  ];
  const described = fields.flatMap(([field, resolved]) =>
    resolved ? [`${field} ${resolved.expression} (${resolved.values.join(', ')})`] : [],
  );
  return {
    extensionType: resolvedType?.values.find((value) => isExtensionType(value.trim())) ?? type ?? '?',
    parameterised: described.join(' and '),
  };
}
