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

const REFERENCE = /^\s*\[\s*(parameters|variables)\s*\(\s*'([^']+)'\s*\)\s*\]\s*$/i;

/**
 * The values a `[parameters('p')]` or `[variables('v')]` string can take according to the template itself,
 * looked up in `scopes` (innermost template first), following variables and defaults a few levels deep.
 * Undefined when the string is not such a reference or no value is written down.
 */
export function resolveTemplateValue(value: string | undefined, scopes: readonly Node[]): ResolvedField | undefined {
  if (value === undefined || !REFERENCE.test(value)) return undefined;
  const values = new Set<string>();
  const visit = (text: string, depth: number): void => {
    const reference = REFERENCE.exec(text);
    if (!reference) {
      values.add(text);
      return;
    }
    if (depth > 3) return;
    const [, section, name] = reference;
    const declaration = scopes.map((scope) => propertyValue(propertyValue(scope, section), name)).find(Boolean);
    if (!declaration) return;
    if (section.toLowerCase() === 'variables') {
      if (declaration.type === 'string') visit(declaration.value as string, depth + 1);
      return;
    }
    const fallback = stringProperty(declaration, 'defaultValue');
    if (fallback !== undefined) visit(fallback, depth + 1);
    const allowed = propertyValue(declaration, 'allowedValues');
    for (const option of allowed?.type === 'array' ? (allowed.children ?? []) : []) {
      if (option.type === 'string') values.add(option.value as string);
    }
  };
  visit(value, 0);
  return values.size === 0 ? undefined : { expression: value.trim(), values: [...values] };
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
