// `mi-codemod --check --format sarif` (the built binary, real engine) over a small tree, checked against
// the SARIF 2.1.0 JSON schema and against what GitHub code scanning requires of an upload.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runBin, writeTree } from '../cli/helpers';
import { githubCodeScanningProblems, repositoryUriProblem, ruleDocumentationProblems } from './githubRequirements';
import { applyReplacements, regionText, type Replacement, type TextRegion } from './sarifLogText';
import { compileSarifValidator, loadSarifSchema } from './sarifSchema';

const LEGACY_FETCH_FILE =
  'export async function armToken() {\n' +
  "  /* 🔑 */ const r = await fetch('http://localhost:50342/oauth2/token?resource=https://management.azure.com/', { headers: { Metadata: 'true' } });\n" +
  '  return r.json();\n' +
  '}\n';

// The path after the token path is a value the tool cannot see: reported for manual review, not fixed.
const MANUAL_REVIEW_FILE =
  'export function vaultToken(query: string) {\n' +
  "  const base = 'http://localhost:50342/oauth2/token';\n" +
  "  return fetch(base + query, { headers: { Metadata: 'true' } });\n" +
  '}\n';

const ARM_TEMPLATE = `${JSON.stringify(
  {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { msiPort: { type: 'int', defaultValue: 50342 } },
    resources: [
      {
        type: 'Microsoft.Compute/virtualMachines',
        apiVersion: '2023-03-01',
        name: 'app-vm',
        location: 'westeurope',
        identity: { type: 'SystemAssigned' },
        properties: {},
      },
      {
        type: 'Microsoft.Compute/virtualMachines/extensions',
        apiVersion: '2023-03-01',
        name: 'app-vm/ManagedIdentityExtensionForLinux',
        location: 'westeurope',
        dependsOn: ["[resourceId('Microsoft.Compute/virtualMachines', 'app-vm')]"],
        properties: {
          publisher: 'Microsoft.ManagedIdentity',
          type: 'ManagedIdentityExtensionForLinux',
          typeHandlerVersion: '1.0',
          settings: { port: "[parameters('msiPort')]" },
        },
      },
    ],
  },
  null,
  2,
)}\n`;

const TREE: Record<string, string> = {
  'src/auth/arm.ts': LEGACY_FETCH_FILE,
  'src/vault.ts': MANUAL_REVIEW_FILE,
  'infra/arm templates/vm.json': ARM_TEMPLATE,
  'src/clean.ts': 'export const answer = 42;\n',
};

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: TextRegion } }[];
  fixes?: { artifactChanges: { artifactLocation: { uri: string }; replacements: Replacement[] }[] }[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri: string; defaultConfiguration: { level: string } }[] } };
    originalUriBaseIds?: Record<string, { uri: string }>;
    columnKind?: string;
    results: SarifResult[];
  }[];
}

const roots: string[] = [];
function project(files: Record<string, string>): string {
  const root = makeTempDir('mi-codemod-sarif-');
  roots.push(root);
  writeTree(root, files);
  return root;
}

/** Runs `--check --format sarif` on the whole tree; stdout must be the log and nothing else. */
function sarifOf(root: string): { code: number | null; log: SarifLog } {
  const result = runBin(root, ['--check', '--format', 'sarif', '.']);
  return { code: result.code, log: JSON.parse(result.stdout) as SarifLog };
}

const validateSarif = compileSarifValidator();
let root: string;
let code: number | null;
let log: SarifLog;

beforeAll(() => {
  root = project(TREE);
  ({ code, log } = sarifOf(root));
});
afterAll(() => {
  for (const dir of roots.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The file a result's first location names, read from the scanned tree. */
function fileOf(result: SarifResult): string {
  return fs.readFileSync(path.join(root, decodeURIComponent(result.locations[0].physicalLocation.artifactLocation.uri)), 'utf8');
}

describe('the schema under test', () => {
  it('is the SARIF 2.1.0 schema, whose only accepted version is "2.1.0"', () => {
    const schema = loadSarifSchema() as { title: string; properties: { version: { enum: string[] } }; required: string[] };
    expect(schema.title).toMatch(/SARIF\) Version 2\.1\.0/);
    expect(schema.properties.version.enum).toEqual(['2.1.0']);
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'runs']));
  });
});

describe('mi-codemod --check --format sarif', () => {
  it('exits 1 (errors remain) and prints a log that validates against the SARIF 2.1.0 schema', () => {
    expect(code).toBe(1);
    expect(validateSarif(log)).toEqual([]);
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(5);
  });

  it("meets GitHub code scanning's requirements for the log, its rules and its results", () => {
    expect(githubCodeScanningProblems(log)).toEqual([]);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('mi-codemod');
    for (const rule of driver.rules) expect(rule.helpUri).toMatch(new RegExp(`#${rule.id}$`));
  });

  it('gives every rule the fullDescription and help texts GitHub marks required', () => {
    expect(ruleDocumentationProblems(log)).toEqual([]);
  });

  it('reports each kind of finding with its rule, level and a relative, percent-encoded location', () => {
    const seen = log.runs[0].results.map((result) => ({
      uri: result.locations[0].physicalLocation.artifactLocation.uri,
      ruleId: result.ruleId,
      level: result.level,
    }));
    expect(seen).toEqual(
      expect.arrayContaining([
        { uri: 'src/auth/arm.ts', ruleId: 'legacy-endpoint', level: 'error' },
        { uri: 'src/auth/arm.ts', ruleId: 'no-timeout', level: 'warning' },
        { uri: 'src/vault.ts', ruleId: 'manual-review', level: 'error' },
        { uri: 'infra/arm%20templates/vm.json', ruleId: 'vm-extension-provisioning', level: 'error' },
        { uri: 'infra/arm%20templates/vm.json', ruleId: 'dead-port-config', level: 'warning' },
      ]),
    );
    expect(seen.some((entry) => entry.uri === 'src/clean.ts')).toBe(false);
    const rules = log.runs[0].tool.driver.rules;
    for (const result of log.runs[0].results) {
      expect(rules[result.ruleIndex!].id).toBe(result.ruleId);
      // upload-sarif resolves a relative URI against the checkout: it must name a file of the tree.
      expect(fs.existsSync(path.join(root, decodeURIComponent(result.locations[0].physicalLocation.artifactLocation.uri)))).toBe(true);
    }
  });

  it('anchors relative URIs at the run directory through originalUriBaseIds (an absolute file URI ending in "/")', () => {
    const run = log.runs[0];
    const baseIds = new Set(
      run.results.flatMap((result) => result.locations.map((location) => location.physicalLocation.artifactLocation.uriBaseId)),
    );
    expect(baseIds.size).toBe(1);
    const [baseId] = [...baseIds];
    expect(run.originalUriBaseIds?.[baseId!]?.uri).toBe(`${pathToFileURL(root).href}/`);
  });

  it('places regions on the reported code: 1-based lines, columns in UTF-16 code units, endColumn exclusive', () => {
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
    const byRule = (ruleId: string) => log.runs[0].results.find((result) => result.ruleId === ruleId)!;
    const legacy = byRule('legacy-endpoint');
    // The emoji before the call is two UTF-16 code units; a column counted in code points would be off by one.
    expect(regionText(fileOf(legacy), legacy.locations[0].physicalLocation.region)).toMatch(
      /^fetch\('http:\/\/localhost:50342\/oauth2\/token\?resource=[^']*'.*\)$/,
    );
    const extension = byRule('vm-extension-provisioning');
    const extensionText = regionText(fileOf(extension), extension.locations[0].physicalLocation.region);
    expect(extensionText.startsWith('{')).toBe(true);
    expect(extensionText.endsWith('}')).toBe(true);
    expect(JSON.parse(extensionText)).toMatchObject({ properties: { publisher: 'Microsoft.ManagedIdentity' } });
    const manual = byRule('manual-review');
    expect(manual.locations[0].physicalLocation.region.startLine).toBe(3);
    expect(regionText(fileOf(manual), manual.locations[0].physicalLocation.region)).toContain('base');
  });

  it('describes fixes whose replacements, applied to the original files, give what fix mode writes', () => {
    const fixed = project(TREE);
    // Exit 1: the manual-review item is still there after the fix.
    expect(runBin(fixed, ['.']).code).toBe(1);
    const replacementsByUri = new Map<string, Replacement[]>();
    for (const result of log.runs[0].results) {
      for (const change of result.fixes?.flatMap((fix) => fix.artifactChanges) ?? []) {
        replacementsByUri.set(change.artifactLocation.uri, [
          ...(replacementsByUri.get(change.artifactLocation.uri) ?? []),
          ...change.replacements,
        ]);
      }
    }
    expect([...replacementsByUri.keys()].sort()).toEqual(['infra/arm%20templates/vm.json', 'src/auth/arm.ts']);
    for (const [uri, replacements] of replacementsByUri) {
      const file = decodeURIComponent(uri);
      expect(applyReplacements(TREE[file], replacements)).toBe(fs.readFileSync(path.join(fixed, file), 'utf8'));
    }
  });

  it('prints a complete log with an empty results array for a clean tree, and exits 0', () => {
    const clean = sarifOf(project({ 'src/clean.ts': 'export const answer = 42;\n' }));
    expect(clean.code).toBe(0);
    expect(clean.log.runs[0].results).toEqual([]);
    expect(validateSarif(clean.log)).toEqual([]);
    expect(githubCodeScanningProblems(clean.log)).toEqual([]);
  });
});

describe('the validators reject broken logs (negative controls)', () => {
  const broken = (change: (copy: SarifLog) => void): SarifLog => {
    const copy = structuredClone(log);
    change(copy);
    return copy;
  };
  const firstLocation = (copy: SarifLog) => copy.runs[0].results[0].locations[0].physicalLocation;

  it('the schema rejects a log without version, an unknown level and a 0-based line', () => {
    expect(validateSarif(broken((copy) => delete (copy as Partial<SarifLog>).version))).toContainEqual({
      path: '/',
      message: "must have required property 'version'",
    });
    expect(validateSarif(broken((copy) => (copy.runs[0].results[0].level = 'fatal'))).map((violation) => violation.path)).toContain(
      '/runs/0/results/0/level',
    );
    expect(validateSarif(broken((copy) => (firstLocation(copy).region.startLine = 0))).map((violation) => violation.path)).toContain(
      '/runs/0/results/0/locations/0/physicalLocation/region/startLine',
    );
    expect(
      validateSarif(broken((copy) => (firstLocation(copy).artifactLocation.uri = 'has space.ts'))).map((violation) => violation.path),
    ).toContain('/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri');
  });

  it('the GitHub check rejects what the schema lets through', () => {
    const absolute = broken((copy) => (firstLocation(copy).artifactLocation.uri = pathToFileURL(path.join(root, 'src/auth/arm.ts')).href));
    expect(validateSarif(absolute)).toEqual([]);
    expect(githubCodeScanningProblems(absolute)).toEqual([expect.stringContaining('is absolute')]);
    const wrongIndex = broken(
      (copy) => (copy.runs[0].results[0].ruleIndex = (copy.runs[0].results[0].ruleIndex! + 1) % copy.runs[0].tool.driver.rules.length),
    );
    expect(validateSarif(wrongIndex)).toEqual([]);
    expect(githubCodeScanningProblems(wrongIndex)).toEqual([expect.stringContaining('does not point at rule')]);
    const noEnd = broken((copy) => delete (firstLocation(copy).region as Partial<TextRegion>).endColumn);
    expect(githubCodeScanningProblems(noEnd)).toEqual([expect.stringContaining('region.endColumn')]);
    const emptyMessage = broken((copy) => (copy.runs[0].results[0].message.text = ' '));
    expect(githubCodeScanningProblems(emptyMessage)).toEqual([expect.stringContaining('message.text is required')]);
    const noHelpUri = broken((copy) => delete (copy.runs[0].tool.driver.rules[0] as { helpUri?: string }).helpUri);
    expect(githubCodeScanningProblems(noHelpUri)).toEqual([expect.stringContaining('helpUri')]);
    const noLevel = broken((copy) => delete (copy.runs[0].tool.driver.rules[0] as { defaultConfiguration?: unknown }).defaultConfiguration);
    expect(githubCodeScanningProblems(noLevel)).toEqual([expect.stringContaining('defaultConfiguration.level')]);
    const noHelp = broken((copy) => delete (copy.runs[0].tool.driver.rules[0] as { help?: unknown }).help);
    expect(ruleDocumentationProblems(noHelp)).toContainEqual('runs[0].tool.driver.rules[0] (legacy-endpoint).help.text is required');
  });

  it('the GitHub path check refuses absolute, rooted, backslashed and dot-segment paths', () => {
    expect(repositoryUriProblem('src/a%20b.ts')).toBeUndefined();
    expect(repositoryUriProblem('file:///repo/src/a.ts')).toContain('absolute');
    expect(repositoryUriProblem('/repo/src/a.ts')).toContain('starts with "/"');
    expect(repositoryUriProblem('src\\a.ts')).toContain('backslash');
    expect(repositoryUriProblem('../src/a.ts')).toContain('".."');
    expect(repositoryUriProblem('src/%E0%A4%A.ts')).toContain('percent-encoded');
    expect(repositoryUriProblem('')).toContain('empty');
  });
});
