import { LineIndex } from '../../engine/positions';
import type { DraftFinding } from '../../engine/types';
import { extensionFinding } from '../../extension/extensionFinding';
import { isManagedIdentityExtension } from '../../extension/managedIdentityExtension';
import { jsonishObjects, type JsonishObject } from './jsonishObjects';

const TEMPLATE_ACTIONS = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|<%[\s\S]*?%>/g;

/** The text with Go / Jinja / ERB template actions blanked to spaces (line breaks kept), so offsets stay valid. */
export function maskTemplateActions(text: string): string {
  return text.replace(TEMPLATE_ACTIONS, (action) => action.replace(/[^\r\n]/g, ' '));
}

/**
 * The Managed Identity extensions of templated JSON that does not parse (a Go-templated ARM part such as
 * acs-engine's `.t` files, a Jinja or ERB template): each object whose publisher is `Microsoft.ManagedIdentity`
 * and whose type is `ManagedIdentityExtensionForWindows|Linux`, reported on the extension itself (the resource
 * or scale set entry that holds those `properties`), with its port and the lines whose `dependsOn` names it.
 * Report-only: template conditions and copy loops decide what is deployed. Pure.
 */
export function reportTemplatedExtensions(text: string, why: string): DraftFinding[] {
  const masked = maskTemplateActions(text);
  const lines = new LineIndex(text);
  const findings: DraftFinding[] = [];
  for (const object of jsonishObjects(masked)) {
    const publisher = object.members.get('publisher')?.value;
    const type = object.members.get('type')?.value;
    if (!isManagedIdentityExtension(publisher, type)) continue;
    const extension = object.key === 'properties' && object.parent ? object.parent : object;
    const port = portSetting(masked, object);
    const name = extensionName(text, extension);
    const dependents = name ? dependentLines(text, lines, name, extension) : [];
    const details = [
      port ? `settings.port ${port}` : undefined,
      dependents.length > 0 ? `named by dependsOn on line ${dependents.join(', ')}` : undefined,
    ]
      .filter(Boolean)
      .join('; ');
    findings.push(
      extensionFinding(
        extension.start,
        extension.end,
        `Deploys the retired Managed Identity VM extension (${type}${details ? `; ${details}` : ''}): remove ` +
          `it, and the dependsOn entries that point at it, by hand; keep the VM's identity. Not rewritten: ${why}.`,
      ),
    );
  }
  return findings;
}

function portSetting(masked: string, properties: JsonishObject): string | undefined {
  const settings = jsonishObjects(masked.slice(properties.start, properties.end)).find((object) => object.key === 'settings');
  return settings?.members.get('port')?.value;
}

/** The last segment of the extension's name (`…'/ManagedIdentityExtension')]` → `ManagedIdentityExtension`). */
function extensionName(text: string, extension: JsonishObject): string | undefined {
  const name = extension.members.get('name');
  if (!name) return undefined;
  const raw = text.slice(name.start, name.end);
  const segment = /([A-Za-z][\w.-]*)'?\s*\)?\s*\]?"?$/.exec(raw.replace(/"$/, ''))?.[1];
  return segment && segment.length > 2 ? segment : undefined;
}

function dependentLines(text: string, lines: LineIndex, name: string, extension: JsonishObject): number[] {
  const pattern = new RegExp(`extensions/${name.replace(/[.]/g, '\\.')}\\b`, 'gi');
  const found = new Set<number>();
  for (const match of text.matchAll(pattern)) {
    if (match.index >= extension.start && match.index < extension.end) continue;
    found.add(lines.position(match.index).line);
  }
  return [...found];
}
