import { compareVersions, parseVersion, type Version } from './versions';

/**
 * An npm package whose releases from `firstLegacy` to `lastLegacy` call the VM extension, and its first release on
 * IMDS. Releases before `firstLegacy` have no managed identity code at all.
 */
export interface LegacySdk {
  name: string;
  firstLegacy: string;
  lastLegacy: string;
  firstSafe: string;
}

/**
 * ms-rest-azure 2.3.0–2.5.9 (MSITokenCredentials first came in 2.3.0) and @azure/ms-rest-nodeauth ≤ 0.8.4 call
 * localhost:50342; later ones use IMDS.
 */
export const LEGACY_SDKS: readonly LegacySdk[] = [
  { name: 'ms-rest-azure', firstLegacy: '2.3.0', lastLegacy: '2.5.9', firstSafe: '2.6.0' },
  { name: '@azure/ms-rest-nodeauth', firstLegacy: '0.0.0', lastLegacy: '0.8.4', firstSafe: '0.9.0' },
];

/** The releases of `sdk` that call the extension, in words (`2.3.0–2.5.9`, `0.8.4 and older`). */
export function legacyVersionsText(sdk: LegacySdk): string {
  return sdk.firstLegacy === '0.0.0' ? `${sdk.lastLegacy} and older` : `${sdk.firstLegacy}–${sdk.lastLegacy}`;
}

/** The first legacy version of `sdk` as a Version. */
export function firstLegacyVersion(sdk: LegacySdk): Version {
  return parseVersion(sdk.firstLegacy)!;
}

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
  return (
    parsed !== undefined && compareVersions(parsed, firstLegacyVersion(sdk)) >= 0 && compareVersions(parsed, firstSafeVersion(sdk)) < 0
  );
}
