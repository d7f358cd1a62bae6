// Which configuration files the config check reads, and its text scan. Loaded by src/fileKinds.ts on every
// run, so it imports nothing.

/** The configuration formats whose values are read for the extension's token URL. */
export type ConfigFormat = 'json' | 'yaml' | 'env' | 'ini' | 'properties' | 'toml';

/**
 * The format of a configuration file, by its path (Windows separators accepted): `.json`/`.jsonc`, `.yml`/`.yaml`,
 * `.env`, `.env.*` and `*.env`, `.ini`, `.properties`, `.toml`. Which kind reads a file is decided in
 * src/fileKinds.ts: CI YAML, lockfiles and package.json keep their own kinds; JSON goes with ARM templates.
 */
export function configFormatOf(filename: string): ConfigFormat | undefined {
  const path = filename.replace(/\\/g, '/');
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (/\.jsonc?$/.test(base)) return 'json';
  if (/\.ya?ml$/.test(base)) return 'yaml';
  if (/^\.env(?:\..+)?$|\.env$/.test(base)) return 'env';
  if (base.endsWith('.ini')) return 'ini';
  if (base.endsWith('.properties')) return 'properties';
  if (base.endsWith('.toml')) return 'toml';
  return undefined;
}

/** True for the configuration files other than JSON (JSON is read with ARM templates, see src/fileKinds.ts). */
export function isConfigFile(filename: string): boolean {
  const format = configFormatOf(filename);
  return format !== undefined && format !== 'json';
}

/** The marker every reported value holds: the extension's default port. */
export const CONFIG_MARKER = '50342';

/** Cheap text scan: false means the text certainly holds no value the config check reports. */
export function configMayHoldLegacyUrl(text: string): boolean {
  return text.includes(CONFIG_MARKER);
}
