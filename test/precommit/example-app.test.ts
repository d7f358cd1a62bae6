// examples/legacy-app, the tree docs/example.md walks through: what `--dry` and `--check` say about it,
// and that the dry-run diff is exactly what fix mode writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_BIN, PROJECT_ROOT, runCommand } from './gitSandbox';

const EXAMPLE = 'examples/legacy-app';

/** Rule ids `--check` reports for each file of the example; files without findings are absent. */
const EXPECTED_RULES: Record<string, string[]> = {
  'infra/vm.json': ['dead-port-config', 'vm-extension-provisioning'],
  'src/cloudShell.ts': ['manual-review'],
  'src/telemetry.ts': ['manual-review'],
  'src/tokens/armToken.ts': ['legacy-endpoint'],
  'src/tokens/graphToken.ts': ['dead-port-config', 'legacy-endpoint'],
  'src/tokens/sqlToken.ts': ['legacy-endpoint'],
  'src/tokens/storageToken.js': ['legacy-endpoint'],
  'src/tokens/vaultToken.ts': ['legacy-endpoint'],
};
const CHANGED_FILES = [
  'infra/vm.json',
  'src/tokens/armToken.ts',
  'src/tokens/graphToken.ts',
  'src/tokens/sqlToken.ts',
  'src/tokens/storageToken.js',
  'src/tokens/vaultToken.ts',
];
const MANUAL_REVIEW_FILES = ['src/cloudShell.ts', 'src/telemetry.ts'];

interface JsonFinding {
  file: string;
  line: number;
  ruleId: string;
  severity: string;
  fixable: boolean;
}
interface JsonReport {
  mode: string;
  findings: JsonFinding[];
  summary: Record<string, number>;
}

/** Every file under `root` (relative, `/`-separated) with its bytes. */
function snapshotTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, absolute).split(path.sep).join('/'), fs.readFileSync(absolute));
  }
  return files;
}

function cli(args: string[], cwd = PROJECT_ROOT) {
  return runCommand(process.execPath, [CLI_BIN, ...args], cwd);
}

/** Rule ids by file (relative to the example), sorted, from a JSON report. */
function rulesByFile(report: JsonReport, prefix: string): Record<string, string[]> {
  const byFile: Record<string, string[]> = {};
  for (const finding of report.findings) (byFile[finding.file.slice(prefix.length)] ??= []).push(finding.ruleId);
  for (const rules of Object.values(byFile)) rules.sort();
  return byFile;
}

describe('examples/legacy-app', () => {
  const exampleRoot = path.join(PROJECT_ROOT, EXAMPLE);

  it('is a small tree: a package.json that lists dependencies without installing them, sources and one ARM template', () => {
    const files = [...snapshotTree(exampleRoot).keys()].sort();
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files.length).toBeLessThanOrEqual(9);
    expect(files).toContain('package.json');
    expect(files).toContain('infra/vm.json');
    expect(fs.existsSync(path.join(exampleRoot, 'node_modules'))).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(path.join(exampleRoot, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'legacy-app', private: true });
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(['axios', 'got', 'request']));
  });

  it('--dry prints a unified diff of the fixable files, lists what is left, exits 1 and writes nothing', () => {
    const before = snapshotTree(exampleRoot);
    const result = cli(['--dry', EXAMPLE]);
    const after = snapshotTree(exampleRoot);

    expect(result.status, result.output).toBe(1);
    expect(after).toEqual(before);
    const diffedFiles = [...result.stdout.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((match) => match[1]);
    expect(diffedFiles).toEqual(CHANGED_FILES.map((file) => `${EXAMPLE}/${file}`));
    expect(result.stdout).toContain(`--- a/${EXAMPLE}/src/tokens/armToken.ts\n+++ b/${EXAMPLE}/src/tokens/armToken.ts\n@@ `);
    expect(result.stdout).toMatch(/^- {2}const response = await fetch\('http:\/\/localhost:50342\/oauth2\/token', \{$/m);
    expect(result.stdout).toMatch(/^\+ +hostname: '169\.254\.169\.254',$/m);
    expect(result.stdout).toMatch(/^- +"name": "ManagedIdentityExtensionForLinux",$/m);
    for (const file of MANUAL_REVIEW_FILES)
      expect(result.stdout).toMatch(new RegExp(`^  ${EXAMPLE}/${file}:\\d+:\\d+ +manual-review `, 'm'));
    expect(result.stdout).toMatch(/9 files scanned, 6 files would change/);
    expect(result.output.trimEnd().split('\n').pop()).toBe('exit 1: 2 errors left for manual review');
  });

  it('--check --format json lists the expected rule ids for each file and exits 1', () => {
    const result = cli(['--check', '--format', 'json', EXAMPLE]);
    expect(result.status, result.output).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;

    expect(report.mode).toBe('check');
    expect(rulesByFile(report, `${EXAMPLE}/`)).toEqual(EXPECTED_RULES);
    const notFixable = report.findings.filter((finding) => !finding.fixable).map((finding) => finding.file.slice(EXAMPLE.length + 1));
    expect(notFixable.sort()).toEqual(MANUAL_REVIEW_FILES);
    expect(report.summary).toMatchObject({ filesScanned: 9, filesChanged: 0, filesWouldChange: 6 });
  });

  describe('applied to a copy', () => {
    let workDir: string;

    beforeEach(() => {
      workDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-example-')));
      fs.cpSync(exampleRoot, path.join(workDir, EXAMPLE), { recursive: true });
    });
    afterEach(() => fs.rmSync(workDir, { recursive: true, force: true }));

    it('fix mode writes exactly what the dry-run diff shows, and a second run finds only the manual-review items', () => {
      const diff = cli(['--dry', EXAMPLE]).stdout.split(/^mi-codemod: /m)[0];
      const patched = path.join(workDir, 'patched');
      fs.cpSync(path.join(workDir, 'examples'), path.join(patched, 'examples'), { recursive: true });
      fs.writeFileSync(path.join(workDir, 'dry.diff'), diff);
      const apply = runCommand('git', ['apply', path.join(workDir, 'dry.diff')], patched);
      expect(apply.status, apply.output).toBe(0);

      const fix = cli([EXAMPLE], workDir);
      expect(fix.status, fix.output).toBe(1);
      expect(snapshotTree(path.join(workDir, EXAMPLE))).toEqual(snapshotTree(path.join(patched, EXAMPLE)));

      const migratedTemplate = JSON.parse(fs.readFileSync(path.join(workDir, EXAMPLE, 'infra/vm.json'), 'utf8'));
      const vm = migratedTemplate.resources[0];
      expect(vm.identity).toEqual({ type: 'SystemAssigned' });
      expect(vm.resources.map((extension: { name: string }) => extension.name)).toEqual(['install-legacy-app']);
      expect(JSON.stringify(migratedTemplate)).not.toMatch(/ManagedIdentityExtension|msiPort/);

      const recheck = cli(['--check', '--format', 'json', EXAMPLE], workDir);
      const remaining = JSON.parse(recheck.stdout) as JsonReport;
      expect(rulesByFile(remaining, `${EXAMPLE}/`)).toEqual({
        'src/cloudShell.ts': ['manual-review'],
        'src/telemetry.ts': ['manual-review'],
      });
    });
  });
});
