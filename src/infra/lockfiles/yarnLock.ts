import type { ResolvedPackage } from './resolvedPackage';

/**
 * Installed packages of a yarn.lock, classic (v1: `version "x"`) or berry (`version: x`): every
 * unindented entry header lists descriptors `name@range`; the version line follows it.
 */
export function yarnLockPackages(text: string): ResolvedPackage[] {
  const found: ResolvedPackage[] = [];
  let names: string[] = [];
  const linePattern = /^([^\r\n]*)(?:\r\n|\n|\r|$)/gm;
  for (const match of text.matchAll(linePattern)) {
    const line = match[1];
    if (match[0] === '' && match.index >= text.length) break;
    if (/^[^\s#]/.test(line) && line.trimEnd().endsWith(':')) {
      names = [
        ...new Set(
          line
            .trimEnd()
            .slice(0, -1)
            .split(',')
            .map(descriptorName)
            .filter((name) => name !== ''),
        ),
      ];
      continue;
    }
    const version = /^\s+version:?\s+"?([^"\s]+)"?/.exec(line);
    if (version && names.length > 0) {
      const start = match.index + line.indexOf(version[1], line.indexOf('version') + 7);
      for (const name of names) found.push({ name, version: version[1], start, end: start + version[1].length });
      names = [];
    }
  }
  return found;
}

/** `"@azure/ms-rest-nodeauth@npm:^0.8.0"` → `@azure/ms-rest-nodeauth`. */
function descriptorName(descriptor: string): string {
  const clean = descriptor.trim().replace(/^["']|["']$/g, '');
  const at = clean.indexOf('@', 1);
  return at < 0 ? clean : clean.slice(0, at);
}
