// No request leaves this file: 169.254.169.254 appears here only as text in the engine's output. Every test also runs
// behind test/setup/no-real-network.ts, which refuses any socket to a non-loopback address.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { fileKindOf, mayContainPattern, mayContainPatternBytes } from '../../src/fileKinds';

const LEGACY_SETTING = '{ "msi": { "tokenUrl": "http://localhost:50342/oauth2/token" } }\n';

describe('configuration files', () => {
  it('reads YAML outside CI, .env, INI, .properties and TOML as config; JSON with ARM; lockfiles and CI YAML keep their kinds', () => {
    const kinds: Record<string, string> = {
      'settings.yml': 'config',
      'k8s/deploy.yaml': 'config',
      '.env': 'config',
      '.env.production': 'config',
      'app.env': 'config',
      'setup.ini': 'config',
      'application.properties': 'config',
      'pyproject.toml': 'config',
      'config/default.json': 'arm',
      'tsconfig.jsonc': 'arm',
      'package-lock.json': 'manifest',
      'pnpm-lock.yaml': 'manifest',
      '.github/workflows/ci.yml': 'text',
      'azure-pipelines.yml': 'text',
    };
    for (const [filename, kind] of Object.entries(kinds)) expect([filename, fileKindOf(filename)?.name]).toEqual([filename, kind]);
  });

  it('costs a file without the port only the text scan (bytes first for the config kind)', () => {
    expect(mayContainPattern('{ "name": "app", "port": 8080 }', 'config.json')).toBe(false);
    expect(mayContainPattern('logLevel: info\n', 'settings.yml')).toBe(false);
    expect(mayContainPatternBytes(Buffer.from('logLevel: info\n'), 'settings.yml')).toBe(false);
    expect(mayContainPatternBytes(Buffer.from('url: http://localhost:50342\n'), 'settings.yml')).toBe(true);
    expect(mayContainPattern(LEGACY_SETTING, 'config.json')).toBe(true);
  });

  it('names the file, line and column of the value, and what to do', () => {
    const [finding] = analyseFile(LEGACY_SETTING, { filename: 'config.json', apiVersion: '2019-08-15' }).findings;
    expect(finding).toMatchObject({ ruleId: 'manual-review', severity: 'error', loc: { start: { line: 1, column: 25 } } });
    expect(finding.message).toContain('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2019-08-15');
    expect(finding.message).toContain('Metadata: true');
    expect(finding.fix).toBeUndefined();
  });

  it('leaves a lockfile that holds the URL to the lockfile reader', () => {
    const lock = JSON.stringify({
      name: 'a',
      lockfileVersion: 3,
      packages: { '': { name: 'a' } },
      note: 'http://localhost:50342/oauth2/token',
    });
    expect(analyseFile(lock, { filename: 'package-lock.json' }).findings).toEqual([]);
  });

  it('withholds an ARM template’s removal while a setting in it still holds the legacy URL (all or nothing)', () => {
    const fixtures = path.resolve(__dirname, '../../__testfixtures__/infra');
    const template = fs.readFileSync(path.join(fixtures, 'arm-top-level-dependson.input.json'), 'utf8');
    expect(analyseFile(template, { filename: 'azuredeploy.json' }).changed).toBe(true);
    const withSetting = template.replace(
      '"contentVersion"',
      '"variables": { "tokenUrl": "http://localhost:50342/oauth2/token" },\n  "contentVersion"',
    );
    const result = analyseFile(withSetting, { filename: 'azuredeploy.json' });
    expect(result.changed).toBe(false);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(['vm-extension-provisioning', 'manual-review']),
    );
  });
});
