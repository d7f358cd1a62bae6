import type { Command } from '../shell/word';
import { NOTHING, type CommandAnalysis } from './commandAnalysis';
import { namesLegacyExtension, provisioningMessage } from './extensionIdentity';
import { deleteWords } from './wordEdits';

const PORT_FLAGS = /^--(?:msi|identity)-port(?:=|$)/;

/** `az vm|vmss extension set` installing the retired extension, and `az login --msi-port|--identity-port`. */
export function analyseAzCli(command: Command): CommandAnalysis {
  const values = command.words.map((word) => word.value);
  if ((values[1] === 'vm' || values[1] === 'vmss') && values[2] === 'extension' && values[3] === 'set') {
    const flagValue = (...flags: string[]): string | undefined => {
      for (let i = 4; i < values.length; i++) {
        const value = values[i] ?? '';
        for (const flag of flags) {
          if (value === flag) return values[i + 1];
          if (value.startsWith(`${flag}=`)) return value.slice(flag.length + 1);
        }
      }
      return undefined;
    };
    if (!namesLegacyExtension(flagValue('--publisher'), flagValue('--name', '-n'))) return NOTHING;
    const keep = values[1] === 'vm' ? 'az vm identity assign' : 'az vmss identity assign';
    return {
      drafts: [
        {
          ruleId: 'vm-extension-provisioning',
          severity: 'error',
          message: provisioningMessage(`az ${values[1]} extension set`, keep),
          start: command.words[0].start,
          end: command.end,
        },
      ],
      claimed: [],
    };
  }
  if (values[1] === 'login') return reportLoginPort(command, values);
  return NOTHING;
}

function reportLoginPort(command: Command, values: Array<string | undefined>): CommandAnalysis {
  // Every port flag and its value (`--msi-port 50342`, `--msi-port=50342`): all of them go in one fix, so a second run
  // finds none left.
  const indices: number[] = [];
  for (let i = 2; i < values.length; i++) {
    const value = values[i];
    if (value === undefined || !PORT_FLAGS.test(value)) continue;
    indices.push(i);
    if (!value.includes('=') && i + 1 < command.words.length) indices.push(++i);
  }
  if (indices.length === 0) return NOTHING;
  const index = indices[0];
  const flag = values[index]!;
  const last = command.words[indices[indices.length - 1]];
  return {
    drafts: [
      {
        ruleId: 'dead-port-config',
        severity: 'error',
        message:
          `az login ${flag.split('=')[0]} names the port of the retired VM extension; the Azure CLI removed ` +
          'the flag (the command now fails) and reads tokens from IMDS.',
        start: command.words[index].start,
        end: last.end,
        fix: deleteWords(command, indices),
        fixDescription: 'removed with its value',
      },
    ],
    claimed: [],
  };
}
