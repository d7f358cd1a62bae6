import { assembleFileResult } from '../../engine/fileResult';
import type { DraftFinding, FileResult, Severity } from '../../engine/types';
import { firstLegacyVersion, firstSafeVersion, isLegacyVersion, legacySdkNamed, legacyVersionsText } from './legacySdks';
import { manifestKindOf, manifestMayContainPattern } from './manifestKind';
import { packageJsonRanges } from './packageJsonRanges';
import { packageLockPackages } from './packageLock';
import { pnpmLockPackages } from './pnpmLock';
import { rangeReach } from './rangeReach';
import type { ResolvedPackage } from './resolvedPackage';
import { yarnLockPackages } from './yarnLock';
import { compareVersions, parseVersion } from './versions';

export { LEGACY_SDKS } from './legacySdks';
export { isManifestFile, manifestMayContainPattern } from './manifestKind';

/** The installed packages a lockfile lists (empty for package.json and unreadable files). */
function lockfilePackages(text: string, filename: string): ResolvedPackage[] {
  switch (manifestKindOf(filename)) {
    case 'package-lock':
      return packageLockPackages(text) ?? [];
    case 'yarn-lock':
      return yarnLockPackages(text);
    case 'pnpm-lock':
      return pnpmLockPackages(text);
    default:
      return [];
  }
}

/**
 * Legacy SDK versions a lockfile resolves, by package name (the lowest when several are installed); from
 * a package.json, only exact pins. For the JS engine: a `loginWithVmMSI` call is evidence only with one.
 */
export function resolvedLegacySdkVersions(lockText: string, filename: string): Map<string, string> {
  const resolved = new Map<string, string>();
  const candidates: Array<{ name: string; version: string }> =
    manifestKindOf(filename) === 'package-json'
      ? (packageJsonRanges(lockText) ?? []).map(({ name, range }) => ({ name, version: range.replace(/^=/, '') }))
      : lockfilePackages(lockText, filename);
  for (const { name, version } of candidates) {
    const sdk = legacySdkNamed(name);
    if (!sdk || !isLegacyVersion(sdk, version)) continue;
    const known = resolved.get(name);
    if (known === undefined || isLowerVersion(version, known)) resolved.set(name, version);
  }
  return resolved;
}

function isLowerVersion(a: string, b: string): boolean {
  const [left, right] = [parseVersion(a), parseVersion(b)];
  return left !== undefined && right !== undefined && compareVersions(left, right) < 0;
}

/** Reports legacy SDK versions (`legacy-sdk-version`) in one manifest or lockfile. Never fixes: the user upgrades. */
export function analyseManifest(text: string, options: { filename: string }): FileResult {
  const finding = (severity: Severity, message: string, start: number, end: number): DraftFinding => ({
    ruleId: 'legacy-sdk-version',
    severity,
    message,
    start,
    end,
  });
  const findings: DraftFinding[] = [];
  if (manifestMayContainPattern(text)) {
    if (manifestKindOf(options.filename) === 'package-json') {
      for (const declared of packageJsonRanges(text) ?? []) {
        const sdk = legacySdkNamed(declared.name);
        const reach = sdk ? rangeReach(declared.range.trim(), firstSafeVersion(sdk), firstLegacyVersion(sdk)) : undefined;
        if (!sdk || !reach || !reach.allowsBelow) continue;
        if (reach.allowsAtOrAbove || reach.allowsUnderFloor) {
          findings.push(
            finding(
              'warning',
              `${sdk.name} "${declared.range}" in ${declared.field} also allows ${legacyVersionsText(sdk)}, which ` +
                `call the retired VM extension (localhost:50342); make sure the lockfile resolves ${sdk.firstSafe} ` +
                `or later, or raise the range to ^${sdk.firstSafe}.`,
              declared.start,
              declared.end,
            ),
          );
        } else {
          findings.push(
            finding(
              'error',
              `${sdk.name} "${declared.range}" in ${declared.field} only allows versions that call the retired VM ` +
                `extension (localhost:50342); upgrade to ${sdk.firstSafe} or later (^${sdk.firstSafe}), which uses IMDS.`,
              declared.start,
              declared.end,
            ),
          );
        }
      }
    } else {
      for (const installed of lockfilePackages(text, options.filename)) {
        const sdk = legacySdkNamed(installed.name);
        if (!sdk || !isLegacyVersion(sdk, installed.version)) continue;
        findings.push(
          finding(
            'error',
            `${sdk.name} ${installed.version} is installed; versions ${legacyVersionsText(sdk)} call the retired VM ` +
              `extension (localhost:50342). Upgrade to ${sdk.firstSafe} or later, which uses IMDS.`,
            installed.start,
            installed.end,
          ),
        );
      }
    }
  }
  return assembleFileResult(text, options.filename, findings);
}
