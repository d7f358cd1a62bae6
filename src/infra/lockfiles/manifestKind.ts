import { LEGACY_SDKS } from './legacySdks';

/** The dependency manifests and lockfiles read for legacy SDK versions. */
export type ManifestKind = 'package-json' | 'package-lock' | 'yarn-lock' | 'pnpm-lock';

const BY_BASENAME: Record<string, ManifestKind> = {
  'package.json': 'package-json',
  'package-lock.json': 'package-lock',
  'npm-shrinkwrap.json': 'package-lock',
  'yarn.lock': 'yarn-lock',
  'pnpm-lock.yaml': 'pnpm-lock',
};

/** The manifest kind of `filename` by its base name (Windows separators accepted), or undefined. */
export function manifestKindOf(filename: string): ManifestKind | undefined {
  const base = filename.slice(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1);
  return BY_BASENAME[base];
}

/** True for package.json, package-lock.json, npm-shrinkwrap.json, yarn.lock and pnpm-lock.yaml. */
export function isManifestFile(filename: string): boolean {
  return manifestKindOf(filename) !== undefined;
}

/** Cheap raw-text scan: false means the manifest names none of the legacy SDKs. */
export function manifestMayContainPattern(text: string): boolean {
  return LEGACY_SDKS.some((sdk) => text.includes(sdk.name));
}
