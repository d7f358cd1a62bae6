import type { Node } from 'jsonc-parser';
import type { DraftFinding } from '../../engine/types';
import { extensionFinding } from '../../extension/extensionFinding';
import { isExtensionPublisher, isExtensionType } from '../../extension/managedIdentityExtension';
import { propertyValue, rangeOf, stringProperty } from './jsonNodes';

/** What a template can tell of an extension's publisher or type written as `[parameters('…')]` / `[variables('…')]`. */
export interface ResolvedField {
  /** The expression as written. */
  expression: string;
  /** Every value the template gives it (a parameter's defaultValue and allowedValues, a variable's value). */
  values: string[];
}

const REFERENCE = /^\s*\[\s*(parameters|variables)\s*\(\s*'([^']+)'\s*\)((?:\s*(?:\[[^[\]]*\]|\.\s*\w+))*)\s*\]\s*$/i;

/** The steps of a member path after a reference (`[copyIndex()].publisher`): a property name, or `*` for any element. */
function pathSteps(path: string): string[] {
  const steps: string[] = [];
  for (const [, index, property] of path.matchAll(/\[([^[\]]*)\]|\.\s*(\w+)/g)) {
    const quoted = index === undefined ? undefined : /^\s*'([^']*)'\s*$/.exec(index);
    steps.push(property ?? (quoted ? quoted[1] : '*'));
  }
  return steps;
}

/** The nodes a member path reaches from a node: an index (`[copyIndex()]`, `[0]`) reaches every element. */
function followPath(node: Node | undefined, steps: readonly string[]): Node[] {
  if (!node) return [];
  if (steps.length === 0) return [node];
  const [step, ...rest] = steps;
  if (step === '*') return node.type === 'array' ? (node.children ?? []).flatMap((child) => followPath(child, rest)) : [];
  return followPath(propertyValue(node, step), rest);
}

/**
 * The JSON values a `[parameters('p')]` / `[variables('v')]` string (with a member path such as
 * `[copyIndex()].publisher`) can take according to the template itself: a parameter's defaultValue and
 * allowedValues, a variable's value, looked up in `scopes` (innermost template first). Strings that are
 * themselves such references are followed a few levels deep. Empty when the string is not such a reference.
 */
export function resolveTemplateNodes(value: string | undefined, scopes: readonly Node[], depth = 0): Node[] {
  const reference = value === undefined ? null : REFERENCE.exec(value);
  if (!reference || depth > 3) return [];
  const [, section, name, path] = reference;
  const steps = pathSteps(path ?? '');
  const declaration = scopes.map((scope) => propertyValue(propertyValue(scope, section), name)).find(Boolean);
  if (!declaration) return [];
  const reached =
    section.toLowerCase() === 'variables'
      ? followPath(declaration, steps)
      : [propertyValue(declaration, 'defaultValue'), ...(propertyValue(declaration, 'allowedValues')?.children ?? [])].flatMap((node) =>
          followPath(node, steps),
        );
  return reached.flatMap((node) =>
    node.type === 'string' && REFERENCE.test(node.value as string) ? resolveTemplateNodes(node.value as string, scopes, depth + 1) : [node],
  );
}

/**
 * The values a `[parameters('p')]` or `[variables('v')]` string (or a member of one) can take according to the
 * template itself, looked up in `scopes` (innermost template first), following variables and defaults a few
 * levels deep. Undefined when the string is not such a reference or no value is written down.
 */
export function resolveTemplateValue(value: string | undefined, scopes: readonly Node[]): ResolvedField | undefined {
  const values = new Set<string>();
  for (const node of resolveTemplateNodes(value, scopes)) if (node.type === 'string') values.add(node.value as string);
  return values.size === 0 ? undefined : { expression: value!.trim(), values: [...values] };
}

/**
 * True when a publisher and type, one or both resolved through parameters or variables, may name the Managed
 * Identity extension: at least one can be its value, and neither is known to be something else only.
 */
export function mayBeManagedIdentityExtension(
  publisher: { literal?: string; resolved?: ResolvedField },
  type: { literal?: string; resolved?: ResolvedField },
): boolean {
  const verdict = (field: { literal?: string; resolved?: ResolvedField }, test: (value: string) => boolean): boolean | undefined => {
    if (field.resolved) return field.resolved.values.some((value) => test(value.trim()));
    if (field.literal === undefined || /^\s*\[(?!\[)/.test(field.literal)) return undefined;
    return test(field.literal.trim());
  };
  const publisherSays = verdict(publisher, isExtensionPublisher);
  const typeSays = verdict(type, isExtensionType);
  if (publisherSays === false || typeSays === false) return false;
  return publisherSays === true || typeSays === true;
}

/** True when the JSON root is an ARM parameters file (a `deploymentParameters` schema, or `parameters` of `{ value }`s). */
export function isDeploymentParameters(root: Node | undefined): boolean {
  if (root?.type !== 'object') return false;
  const schema = stringProperty(root, '$schema');
  if (schema !== undefined) return /deploymentParameters/i.test(schema);
  const parameters = propertyValue(root, 'parameters');
  return parameters?.type === 'object' && (parameters.children ?? []).some((entry) => propertyValue(entry.children?.[1], 'value'));
}

/**
 * A parameters file passing the Managed Identity extension's type (`"value": "ManagedIdentityExtensionForLinux"`):
 * the template it feeds installs the extension through a parameter. Reported at the value; the template and
 * this value are edited by hand.
 */
export function reportExtensionParameterValues(root: Node): DraftFinding[] {
  const parameters = propertyValue(root, 'parameters');
  const findings: DraftFinding[] = [];
  for (const entry of parameters?.type === 'object' ? (parameters.children ?? []) : []) {
    const name = entry.children?.[0]?.value as string;
    const value = propertyValue(entry.children?.[1], 'value');
    if (value?.type !== 'string' || !isExtensionType((value.value as string).trim())) continue;
    const { start, end } = rangeOf(value);
    findings.push(
      extensionFinding(
        start,
        end,
        `Parameter '${name}' passes ${(value.value as string).trim()}, the type of the retired Managed Identity VM extension: ` +
          `the template it feeds installs that extension. Remove the extension from the template and this value ` +
          `(not rewritten: the template is another file); keep the VM's identity.`,
      ),
    );
  }
  return findings;
}
