import { describe, expect, it } from 'vitest';
import { analyseManifest, isManifestFile, manifestMayContainPattern, resolvedLegacySdkVersions } from '../../src/infra/lockfiles';
import { rangeReach } from '../../src/infra/lockfiles/rangeReach';
import { compareVersions, parseVersion } from '../../src/infra/lockfiles/versions';

const MS_REST_AZURE_SAFE = parseVersion('2.6.0')!;
const NODEAUTH_SAFE = parseVersion('0.9.0')!;

describe('rangeReach', () => {
  it.each([
    // range, boundary, allows a legacy version, allows a safe version
    ['2.5.9', MS_REST_AZURE_SAFE, true, false],
    ['=2.5.9', MS_REST_AZURE_SAFE, true, false],
    ['^2.5.0', MS_REST_AZURE_SAFE, true, true],
    ['~2.5.0', MS_REST_AZURE_SAFE, true, false],
    ['2.5.x', MS_REST_AZURE_SAFE, true, false],
    ['2.x', MS_REST_AZURE_SAFE, true, true],
    ['^2.6.0', MS_REST_AZURE_SAFE, false, true],
    ['>=2.6.0 <4', MS_REST_AZURE_SAFE, false, true],
    ['<=2.5', MS_REST_AZURE_SAFE, true, false],
    ['<2.6.0', MS_REST_AZURE_SAFE, true, false],
    ['2.0.0 - 2.5.9', MS_REST_AZURE_SAFE, true, false],
    ['2.0.0 - 2.6.0', MS_REST_AZURE_SAFE, true, true],
    ['*', MS_REST_AZURE_SAFE, true, true],
    ['>2.5.9', MS_REST_AZURE_SAFE, true, true],
    ['^0.8.0', NODEAUTH_SAFE, true, false],
    ['^0.8.0 || ^1.0.0', NODEAUTH_SAFE, true, true],
    ['npm:@azure/ms-rest-nodeauth@^0.9.0', NODEAUTH_SAFE, false, true],
  ])('%s', (range, boundary, below, atOrAbove) => {
    expect(rangeReach(range, boundary)).toEqual({ allowsBelow: below, allowsAtOrAbove: atOrAbove });
  });

  it.each([
    // range, allows a legacy version (2.3.0–2.5.9), allows a safe one (≥ 2.6.0), allows one before MSI (< 2.3.0)
    ['^1.15.0', false, false, true],
    ['~2.2.0', false, false, true],
    ['2.2.3', false, false, true],
    ['^2.0.0', true, true, true],
    ['>=2.0.0 <2.4.0', true, false, true],
    ['2.4.0', true, false, false],
  ])('%s, with ms-rest-azure versions before 2.3.0 (no managed identity code) apart', (range, below, atOrAbove, underFloor) => {
    expect(rangeReach(range, MS_REST_AZURE_SAFE, parseVersion('2.3.0')!)).toEqual({
      allowsBelow: below,
      allowsAtOrAbove: atOrAbove,
      allowsUnderFloor: underFloor,
    });
  });

  it('ignores specs that are not version ranges', () => {
    for (const spec of ['latest', 'github:Azure/ms-rest-nodeauth', 'file:../ms-rest-azure', 'workspace:*']) {
      expect(rangeReach(spec, MS_REST_AZURE_SAFE)).toBeUndefined();
    }
  });

  it('compares versions numerically, not as text', () => {
    expect(compareVersions(parseVersion('2.10.0')!, parseVersion('2.6.0')!)).toBeGreaterThan(0);
    expect(parseVersion('2.5.9-beta.1')).toEqual([2, 5, 9]);
  });
});

describe('ms-rest-azure before 2.3.0 (no managed identity code, published by the azure SDK examples)', () => {
  it('is neither an installed nor a declared legacy version', () => {
    const lock = JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/ms-rest-azure': { version: '2.2.3' } } });
    expect(analyseManifest(lock, { filename: 'package-lock.json' }).findings).toEqual([]);
    const manifest = JSON.stringify({ dependencies: { 'ms-rest-azure': '^1.15.0', other: '1.0.0' } }, null, 2);
    expect(analyseManifest(manifest, { filename: 'package.json' }).findings).toEqual([]);
  });

  it('still flags 2.3.0 to 2.5.9, and a range that reaches them', () => {
    const lock = JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/ms-rest-azure': { version: '2.3.0' } } });
    expect(analyseManifest(lock, { filename: 'package-lock.json' }).findings.map((finding) => finding.message)).toEqual([
      expect.stringContaining('ms-rest-azure 2.3.0 is installed; versions 2.3.0–2.5.9 call the retired VM extension'),
    ]);
    const manifest = JSON.stringify({ dependencies: { 'ms-rest-azure': '>=2.0.0 <2.4.0' } }, null, 2);
    expect(analyseManifest(manifest, { filename: 'package.json' }).findings.map((finding) => finding.severity)).toEqual(['warning']);
  });
});

describe('resolvedLegacySdkVersions', () => {
  it('maps each legacy SDK a lockfile installs to its lowest legacy version', () => {
    const lock = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        'node_modules/ms-rest-azure': { version: '2.5.9' },
        'node_modules/a/node_modules/ms-rest-azure': { version: '2.5.2' },
        'node_modules/b/node_modules/ms-rest-azure': { version: '2.6.1' },
        'node_modules/@azure/ms-rest-nodeauth': { version: '3.0.0' },
      },
    });
    expect(resolvedLegacySdkVersions(lock, 'package-lock.json')).toEqual(new Map([['ms-rest-azure', '2.5.2']]));
  });

  it('reads yarn and pnpm lockfiles, and only exact pins from package.json', () => {
    expect(resolvedLegacySdkVersions('"@azure/ms-rest-nodeauth@^0.8.0":\n  version "0.8.1"\n', 'yarn.lock')).toEqual(
      new Map([['@azure/ms-rest-nodeauth', '0.8.1']]),
    );
    expect(resolvedLegacySdkVersions('packages:\n\n  ms-rest-azure@2.5.0:\n    resolution: {}\n', 'sub/pnpm-lock.yaml')).toEqual(
      new Map([['ms-rest-azure', '2.5.0']]),
    );
    const manifest = JSON.stringify({ dependencies: { 'ms-rest-azure': '2.5.8', '@azure/ms-rest-nodeauth': '^0.8.0' } });
    expect(resolvedLegacySdkVersions(manifest, 'package.json')).toEqual(new Map([['ms-rest-azure', '2.5.8']]));
  });
});

describe('manifest entry points', () => {
  it('recognises manifests by base name, with either path separator', () => {
    expect(['package.json', 'a/package-lock.json', 'a\\b\\yarn.lock', 'pnpm-lock.yaml', 'npm-shrinkwrap.json'].every(isManifestFile)).toBe(
      true,
    );
    expect(['package.json5', 'my-package.json', 'yarn.lock.bak'].some(isManifestFile)).toBe(false);
  });

  it('prefilters on the package names and never changes the text', () => {
    expect(manifestMayContainPattern('{"dependencies":{"left-pad":"1.0.0"}}')).toBe(false);
    const text = '{\r\n  "dependencies": { "ms-rest-azure": "2.5.9" }\r\n}\r\n';
    const result = analyseManifest(text, { filename: 'package.json' });
    expect(result.output).toBe(text);
    expect(result.changed).toBe(false);
    expect(result.findings.map((finding) => [finding.severity, text.slice(finding.start, finding.end), finding.loc.start])).toEqual([
      ['error', '2.5.9', { line: 2, column: 39 }],
    ]);
    expect(result.findings[0].message).toMatch(/2\.6\.0/);
  });

  it('reports nothing for a file that is not JSON', () => {
    expect(analyseManifest('not json ms-rest-azure', { filename: 'package-lock.json' }).findings).toEqual([]);
  });
});
