import type { ResolvedPackage } from './resolvedPackage';

// `/name/1.2.3:` (v5), `/name@1.2.3:` (v6), `name@1.2.3:` (v9), optionally quoted, with peer suffixes.
const PACKAGE_KEY = /^ {2}['"]?\/?((?:@[^/@\s'"]+\/)?[^/@\s'"(]+)[@/](\d+\.\d+\.\d+[^:'"\s(_]*)[^:]*:\s*$/;

/** Installed packages of a pnpm-lock.yaml: the keys of its top-level `packages:` map. */
export function pnpmLockPackages(text: string): ResolvedPackage[] {
  const found: ResolvedPackage[] = [];
  let inPackages = false;
  const linePattern = /^([^\r\n]*)(?:\r\n|\n|\r|$)/gm;
  for (const match of text.matchAll(linePattern)) {
    const line = match[1];
    if (match[0] === '' && match.index >= text.length) break;
    if (/^\S/.test(line)) {
      inPackages = /^packages:\s*$/.test(line);
      continue;
    }
    const key = inPackages ? PACKAGE_KEY.exec(line) : null;
    if (!key) continue;
    const start = match.index + line.indexOf(key[2], line.indexOf(key[1]) + key[1].length);
    found.push({ name: key[1], version: key[2], start, end: start + key[2].length });
  }
  return found;
}
