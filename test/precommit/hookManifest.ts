// Reads .pre-commit-hooks.yaml: just enough YAML for its flat `key: value` entries and `|` / `>-` blocks.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './gitSandbox';

export const MANIFEST_FILE = path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml');

/** One hook definition, its values as the raw strings written in the file (block scalars joined). */
export type HookDefinition = Record<string, string>;

/** The hooks the manifest defines, in order. */
export function readHookManifest(text = fs.readFileSync(MANIFEST_FILE, 'utf8')): HookDefinition[] {
  const hooks: HookDefinition[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const entry = /^(- | {2})([a-z_]+):(?: (.*))?$/.exec(lines[index]);
    if (!entry) continue;
    if (entry[1] === '- ') hooks.push({});
    const hook = hooks[hooks.length - 1];
    const [, , key, rawValue = ''] = entry;
    if (rawValue === '|' || rawValue === '>-') {
      const block: string[] = [];
      while (index + 1 < lines.length && (lines[index + 1].startsWith('    ') || lines[index + 1] === ''))
        block.push(lines[++index].slice(4));
      hook[key] = rawValue === '|' ? `${block.join('\n').trimEnd()}\n` : block.join(' ').trim();
    } else {
      hook[key] = rawValue.replace(/^'(.*)'$/, '$1');
    }
  }
  return hooks;
}

/**
 * A Python `re` pattern of the form `(?ix)...` as a JavaScript RegExp: verbose mode drops the
 * whitespace (the pattern keeps none inside character classes), `i` becomes the flag.
 */
export function pythonVerbosePatternToRegExp(pattern: string): RegExp {
  const flags = /^\(\?([a-z]+)\)/.exec(pattern);
  if (!flags || !flags[1].includes('x')) throw new Error(`expected a (?x) verbose pattern, got ${pattern}`);
  const body = pattern.slice(flags[0].length).replace(/\s+/g, '');
  return new RegExp(body, flags[1].includes('i') ? 'i' : '');
}
