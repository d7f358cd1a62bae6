import type { Command } from '../shell/word';
import { NOTHING, type CommandAnalysis, type CommandContext } from './commandAnalysis';
import { isExtensionType } from '../../../extension/managedIdentityExtension';
import { namesLegacyExtension, provisioningMessage } from './extensionIdentity';
import { parametersNamed, parsePowershellArguments } from './powershellParameters';
import { splattedEntries } from './splattedHashtable';

const VALUED = [
  'ResourceGroupName',
  'VMName',
  'VMScaleSet',
  'Name',
  'Publisher',
  'PublisherName',
  'ExtensionType',
  'Type',
  'TypeHandlerVersion',
  'Location',
  'Settings',
  'SettingString',
  'ProtectedSettings',
  'ProtectedSettingString',
  'AutoUpgradeMinorVersion',
  'ForceRerun',
  'ErrorAction',
];
const SWITCHES = ['NoWait', 'AsJob', 'DisableAutoUpgradeMinorVersion', 'EnableAutomaticUpgrade', 'Force'];

/**
 * Reports Set-AzVMExtension / Set-AzureRmVMExtension / Add-AzVmssExtension installing the retired extension,
 * its parameters written out, colon-bound, or splatted from a hashtable (`@extArgs`) that the file fills.
 */
export function reportPowershellExtension(command: Command, context: CommandContext): CommandAnalysis {
  const parsed = parsePowershellArguments(command, VALUED, SWITCHES);
  // Splatted hashtables are looked up where the file's variables are (its code, comments blanked).
  const splatted = command.words
    .filter((word) => word.kind === 'splat')
    .flatMap((word) => splattedEntries(context.portScope.code, word.raw.slice(1)));
  const valueOf = (...names: string[]): string | undefined =>
    names.flatMap((name) => parametersNamed(parsed, name)).map((parameter) => (parameter.valueWord ?? parameter.boundWord)?.value)[0] ??
    splatted.find((entry) => names.includes(parameterName(entry.key) ?? ''))?.value;
  const publisher = valueOf('Publisher', 'PublisherName');
  const type = valueOf('ExtensionType', 'Type');
  const name = command.words[0].value ?? 'Set-AzVMExtension';
  const keep = /vmss/i.test(name) ? 'Update-AzVmss -IdentityType SystemAssigned' : 'Update-AzVM -IdentityType SystemAssigned';
  const at = { start: command.words[0].start, end: command.end };
  if (namesLegacyExtension(publisher, type)) {
    return {
      drafts: [{ ruleId: 'vm-extension-provisioning', severity: 'error', message: provisioningMessage(name, keep), ...at }],
      claimed: [],
    };
  }
  // A name is no evidence on its own; with publisher and type both in variables it is worth a look.
  const extensionName = valueOf('Name');
  if (publisher === undefined && type === undefined && extensionName !== undefined && isExtensionType(extensionName)) {
    const message =
      `${name} names its extension ${extensionName} but takes publisher and type from variables; if they ` +
      `are Microsoft.ManagedIdentity / ${extensionName}, it installs the retired VM extension: remove the ` +
      `step and keep the identity (${keep}).`;
    return { drafts: [{ ruleId: 'vm-extension-provisioning', severity: 'warning', message, ...at }], claimed: [] };
  }
  return NOTHING;
}

/** The parameter a splatted key binds to: its full name, or an unambiguous prefix of one, as PowerShell reads it. */
function parameterName(key: string): string | undefined {
  const given = key.toLowerCase();
  const exact = VALUED.find((name) => name.toLowerCase() === given);
  if (exact) return exact;
  const matches = VALUED.filter((name) => name.toLowerCase().startsWith(given));
  return matches.length === 1 ? matches[0] : undefined;
}
