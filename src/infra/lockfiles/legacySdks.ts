import { compareVersions, parseVersion, type Version } from './versions';

/** An npm package whose older releases still call the VM extension, and its first release on IMDS. */
export interface LegacySdk {
  name: string;
  lastLegacy: string;
  firstSafe: string;
}

/** ms-rest-azure ≤ 2.5.9 and @azure/ms-rest-nodeauth ≤ 0.8.4 call localhost:50342; later ones use IMDS. */
export const LEGACY_SDKS: readonly LegacySdk[] = [
  { name: 'ms-rest-azure', lastLegacy: '2.5.9', firstSafe: '2.6.0' },
  { name: '@azure/ms-rest-nodeauth', lastLegacy: '0.8.4', firstSafe: '0.9.0' },
];

/** The table entry for a package name, if it is one of the legacy SDKs. */
export function legacySdkNamed(name: string): LegacySdk | undefined {
  return LEGACY_SDKS.find((sdk) => sdk.name === name);
}

/** The first safe version of `sdk` as a Version. */
export function firstSafeVersion(sdk: LegacySdk): Version {
  return parseVersion(sdk.firstSafe)!;
}

/** True when a resolved version of `sdk` still calls the extension. */
export function isLegacyVersion(sdk: LegacySdk, version: string): boolean {
  const parsed = parseVersion(version);
  return parsed !== undefined && compareVersions(parsed, firstSafeVersion(sdk)) < 0;
}
