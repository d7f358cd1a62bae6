import type { Command } from '../shell/word';
import { NOTHING, type CommandAnalysis } from './commandAnalysis';
import { namesLegacyExtension, provisioningMessage } from './extensionIdentity';
import { parametersNamed, parsePowershellArguments } from './powershellParameters';

const VALUED = ['ResourceGroupName', 'VMName', 'VMScaleSet', 'Name', 'Publisher', 'PublisherName', 'ExtensionType', 'Type', 'TypeHandlerVersion', 'Location', 'Settings', 'SettingString', 'ProtectedSettings', 'ProtectedSettingString', 'AutoUpgradeMinorVersion', 'ForceRerun', 'ErrorAction'];
const SWITCHES = ['NoWait', 'AsJob', 'DisableAutoUpgradeMinorVersion', 'EnableAutomaticUpgrade', 'Force'];

/** Reports Set-AzVMExtension / Set-AzureRmVMExtension / Add-AzVmssExtension installing the retired extension. */
export function reportPowershellExtension(command: Command): CommandAnalysis {
  const parsed = parsePowershellArguments(command, VALUED, SWITCHES);
  const valueOf = (...names: string[]): string | undefined =>
    names.flatMap((name) => parametersNamed(parsed, name)).map((parameter) => parameter.valueWord?.value)[0];
  if (!namesLegacyExtension(valueOf('Publisher', 'PublisherName'), valueOf('ExtensionType', 'Type'))) return NOTHING;
  const name = command.words[0].value ?? 'Set-AzVMExtension';
  const keep = /vmss/i.test(name) ? 'Update-AzVmss -IdentityType SystemAssigned' : 'Update-AzVM -IdentityType SystemAssigned';
  return {
    drafts: [{ ruleId: 'vm-extension-provisioning', severity: 'error', message: provisioningMessage(name, keep), start: command.words[0].start, end: command.end }],
    claimed: [],
  };
}
