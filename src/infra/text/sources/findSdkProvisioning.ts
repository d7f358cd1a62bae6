import type { DraftFinding } from '../../../engine/types';
import type { StringLiteral } from './scanSourceText';
import type { SourceLanguage } from './sourceLanguage';

const PUBLISHER = /^\s*microsoft\.managedidentity\s*$/i;
const TYPE = /^\s*managedidentityextensionfor(?:windows|linux)\s*$/i;
/**
 * The key or setter a type is given with: `type_properties_type=`, `'type':`, `.withType(`,
 * `VirtualMachineExtensionType =`, `:type =>`, Go's `Type: to.Ptr(`.
 */
const TYPE_KEY_BEFORE = /\b\w*type\w*['"]?\s*(?:=>|[:=]|\()\s*(?:&?[\w.]+\(\s*)?$/i;
const NEARBY_LINES = 15;

const KEEP_IDENTITY: Record<SourceLanguage, string> = {
  python: "keep the VM's identity (identity=VirtualMachineIdentity(type='SystemAssigned'))",
  csharp: "keep the VM's identity (Identity = new VirtualMachineIdentity { Type = SystemAssigned })",
  java: "keep the VM's identity (withSystemAssignedManagedServiceIdentity())",
  go: "keep the VM's identity (Identity: &VirtualMachineIdentity{Type: SystemAssigned})",
  ruby: "keep the VM's identity (identity type 'SystemAssigned')",
};

/**
 * SDK code that deploys the retired extension: a string `Microsoft.ManagedIdentity` (the publisher) with,
 * within a few lines, a `ManagedIdentityExtensionForWindows|Linux` string given as a type (`type…=`,
 * `'type':`, `.withType(`, `…Type =`). Never the extension's name: names are arbitrary. Report-only
 * (`vm-extension-provisioning`), from the publisher to the type. Pure.
 */
export function findSdkProvisioning(code: string, literals: readonly StringLiteral[], language: SourceLanguage): DraftFinding[] {
  const contentOf = (literal: StringLiteral): string => code.slice(literal.contentStart, literal.contentEnd);
  const before = (literal: StringLiteral): string => code.slice(Math.max(0, literal.start - 60), literal.start);
  const types = literals.filter(
    (literal) => TYPE.test(contentOf(literal)) && (TYPE_KEY_BEFORE.test(before(literal)) || givenAsType(literal)),
  );
  const drafts: DraftFinding[] = [];
  for (const publisher of literals.filter((literal) => PUBLISHER.test(contentOf(literal)))) {
    const near = types
      .map((type) => ({ type, lines: linesBetween(code, publisher.start, type.start) }))
      .filter((candidate) => candidate.lines <= NEARBY_LINES)
      .sort((a, b) => a.lines - b.lines)[0];
    if (!near) continue;
    const start = Math.min(publisher.start, near.type.start);
    const end = Math.max(publisher.end, near.type.end);
    drafts.push({
      ruleId: 'vm-extension-provisioning',
      severity: 'error',
      start,
      end,
      message:
        'Deploys the retired Managed Identity VM extension (publisher Microsoft.ManagedIdentity, type ' +
        `${contentOf(near.type).trim()}) through the SDK: remove this extension and the call that creates ` +
        `it; tokens now come from IMDS without any extension, so ${KEEP_IDENTITY[language]}.`,
    });
  }
  return drafts;

  /** `kind = 'ManagedIdentityExtensionForLinux'` then, nearby, `virtual_machine_extension_type=kind`. */
  function givenAsType(literal: StringLiteral): boolean {
    const name = /(?:^|[^\w.])@?([A-Za-z_]\w*)\s*(?::\s*\w+\s*)?=\s*$/.exec(before(literal))?.[1];
    if (!name) return false;
    const near = code.slice(Math.max(0, literal.start - 2000), literal.end + 2000);
    return new RegExp(`\\b\\w*type\\w*['"]?\\s*(?:=>|[:=]|\\()\\s*@?${name}\\b`, 'i').test(near);
  }
}

function linesBetween(text: string, a: number, b: number): number {
  const [from, to] = a < b ? [a, b] : [b, a];
  let count = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
