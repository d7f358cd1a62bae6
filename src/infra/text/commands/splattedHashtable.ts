import { skipBalanced } from '../shell/skipBalanced';
import { literalValue, parseHashtable, type HashtableEntry } from './powershellHashtable';

/**
 * The entries a splatted variable (`Set-AzVMExtension @extArgs`) may hold, as the file writes them: every
 * `$extArgs = @{ … }` literal, then `$extArgs.Key = …` and `$extArgs['Key'] = …`. `code` is the file with its
 * comments blanked; PowerShell variable names are case-insensitive.
 */
export function splattedEntries(code: string, variable: string): HashtableEntry[] {
  const name = variable.replace(/[^\w]/g, '');
  if (name === '') return [];
  const entries: HashtableEntry[] = [];
  for (const match of code.matchAll(new RegExp(String.raw`\$${name}(?![\w:])\s*=\s*@\{`, 'gi'))) {
    const open = match.index + match[0].length - 1;
    const end = skipBalanced(code, open, code.length, 'pwsh');
    entries.push(...(parseHashtable(code.slice(open - 1, end)) ?? []));
  }
  const member = String.raw`\$${name}(?:\.(\w+)|\[\s*(?:'(\w+)'|"(\w+)")\s*\])\s*=(?!=)[ \t]*([^\r\n;]*)`;
  for (const match of code.matchAll(new RegExp(member, 'gi'))) {
    entries.push({ key: match[1] ?? match[2] ?? match[3], value: literalValue(match[4].trim()) });
  }
  return entries;
}
