// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// The built command line over a small tree, in every mode and format: --check and --dry write nothing, so
// they say what a fix run *would* do (version 2 of the JSON report), and every total counts each finding
// once. Issue 17, item 3: on v1 `--check --format json` said `"changed": true`, `filesChanged: 1` and
// "rewritten to IMDS" although nothing was written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanEnv, makeTempDir, writeTree } from '../cli/helpers';

const BIN = path.resolve(__dirname, '../../dist/src/cli/bin.js');

/** A fixable legacy request without a timeout or a Metadata header (three findings, two of them fixable). */
const FIXABLE_TS = [
  'export async function storageToken(): Promise<string> {',
  "  const reply = await fetch('http://localhost:50342/oauth2/token?resource=https://storage.azure.com/');",
  '  return (await reply.json()).access_token;',
  '}',
  '',
].join('\n');

/** Cloud Shell serves the same URL: reported for manual review, never rewritten. */
const CLOUD_SHELL_TS = [
  "const endpoint = process.env.MSI_ENDPOINT || 'http://localhost:50342/oauth2/token';",
  "export const shellToken = () => fetch(`${endpoint}?resource=https://vault.azure.net`, { headers: { Metadata: 'true' } });",
  '',
].join('\n');

const CLEAN_TS = 'export const region = "westeurope";\n';

/** A phrase that says a fix was applied: only fix mode, which lists no fixed finding, may speak so. */
const APPLIED_VOICE = /(?<!would be )\b(?:rewritten to|removed|deleted|added to)\b/i;

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  fixable: boolean;
}

interface JsonReport {
  version: number;
  mode: string;
  files: Array<{ file: string; changed: boolean; wouldChange: boolean }>;
  findings: JsonFinding[];
  summary: Record<string, number>;
}

function cli(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv({ CI: '1' }), encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonReport(cwd: string, ...args: string[]): JsonReport {
  const result = cli(cwd, ...args, '--format', 'json', '.');
  expect(result.status, result.stderr).toBe(1);
  return JSON.parse(result.stdout) as JsonReport;
}

/** The totals add up: each finding once, fixed + fixable + not fixable; left = errors + warnings + infos. */
function expectTotalsAddUp(summary: Record<string, number>): void {
  expect(summary.findingsFixed + summary.findingsFixable + summary.findingsNotFixable).toBe(summary.findings);
  expect(summary.errors + summary.warnings + summary.infos).toBe(summary.findingsLeft);
  expect(summary.findingsForManualReview).toBeLessThanOrEqual(summary.findingsNotFixable);
}

describe('reports of a run that writes nothing, and of one that writes', () => {
  let root: string;

  beforeEach(() => {
    root = makeTempDir('mi-codemod-check-report-');
    writeTree(root, { 'src/storage.ts': FIXABLE_TS, 'src/shell.ts': CLOUD_SHELL_TS, 'src/clean.ts': CLEAN_TS });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('--check --format json: nothing changed, what would change, and every finding counted once', () => {
    const report = jsonReport(root, '--check');

    expect(report.version).toBe(2);
    expect(report.mode).toBe('check');
    expect(report.files).toEqual([
      { file: 'src/shell.ts', changed: false, wouldChange: false },
      { file: 'src/storage.ts', changed: false, wouldChange: true },
    ]);
    const fixable = report.findings.filter((finding) => finding.fixable);
    expect(fixable.map((finding) => finding.ruleId)).toEqual(['legacy-endpoint', 'missing-metadata-header']);
    expect(report.findings.map((finding) => finding.ruleId).sort()).toEqual(
      ['legacy-endpoint', 'manual-review', 'missing-metadata-header', 'no-timeout'].sort(),
    );
    expect(report.summary).toEqual({
      filesScanned: 3,
      filesSkipped: 0,
      filesChanged: 0,
      filesWouldChange: 1,
      findings: 4,
      findingsFixed: 0,
      findingsFixable: 2,
      findingsNotFixable: 2,
      findingsForManualReview: 1,
      findingsLeft: 4,
      errors: 3,
      warnings: 1,
      infos: 0,
    });
    expectTotalsAddUp(report.summary);
  });

  it('--check messages say what the fix would do, never that it was done', () => {
    const report = jsonReport(root, '--check');
    const legacy = report.findings.find((finding) => finding.ruleId === 'legacy-endpoint')!;
    expect(legacy.message).toMatch(
      /^Token request to the retired Managed Identity VM extension \(fetch\)\. Would be rewritten to IMDS \(http:\/\/169\.254\.169\.254\/metadata\/identity\/oauth2\/token\?api-version=2018-02-01\)\.$/,
    );
    const header = report.findings.find((finding) => finding.ruleId === 'missing-metadata-header')!;
    expect(header.message).toMatch(/ Would be added to the request\.$/);
    for (const finding of report.findings) expect(finding.message).not.toMatch(APPLIED_VOICE);
  });

  it('stylish, SARIF and GitHub output say it in the same words as JSON', () => {
    const expected = jsonReport(root, '--check')
      .findings.filter((finding) => finding.fixable)
      .map((finding) => finding.message);

    const stylish = cli(root, '--check', '.');
    const github = cli(root, '--check', '--format', 'github', '.');
    const sarif = cli(root, '--check', '--format', 'sarif', '.');
    const sarifResults = JSON.parse(sarif.stdout).runs[0].results as Array<{
      message: { text: string };
      fixes?: Array<{ description: { text: string } }>;
    }>;
    for (const message of expected) {
      expect(stylish.stdout).toContain(`${message} (fixable)`);
      expect(github.stdout).toContain(`::${message}\n`);
      expect(sarifResults.map((result) => result.message.text)).toContain(message);
    }
    expect(sarifResults.flatMap((result) => result.fixes ?? []).map((fix) => fix.description.text)).toEqual([
      'Would be rewritten to IMDS (http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01).',
      'Would be added to the request.',
    ]);
    for (const output of [stylish.stdout, github.stdout, sarif.stdout]) expect(output).not.toMatch(APPLIED_VOICE);
    expect(stylish.stdout).toContain(
      'mi-codemod: 3 files scanned, 4 findings in 2 files: 2 fixable (run without --check to fix them), 1 for manual review, 1 advisory.\n',
    );
  });

  it('--dry: files that would change and findings that would be fixed; nothing written', () => {
    const report = jsonReport(root, '--dry');

    expect(report.files.find((file) => file.file === 'src/storage.ts')).toMatchObject({ changed: false, wouldChange: true });
    expect(report.findings.every((finding) => !finding.fixable)).toBe(true);
    expect(report.summary).toMatchObject({ filesChanged: 0, filesWouldChange: 1, findings: 4, findingsFixed: 0, findingsFixable: 2 });
    expect(report.summary.findingsLeft).toBe(2);
    expectTotalsAddUp(report.summary);
    expect(fs.readFileSync(path.join(root, 'src/storage.ts'), 'utf8')).toBe(FIXABLE_TS);
    expect(cli(root, '--dry', '.').stdout).toContain(
      '1 file would change, 2 findings would be fixed, 1 left for manual review, 1 advisory.',
    );
  });

  it('fix mode: what was written, and the same total of findings', () => {
    const before = jsonReport(root, '--check').summary;
    const report = jsonReport(root, '--force');

    expect(report.files.find((file) => file.file === 'src/storage.ts')).toEqual({
      file: 'src/storage.ts',
      changed: true,
      wouldChange: false,
    });
    expect(report.summary).toMatchObject({
      filesChanged: 1,
      filesWouldChange: 0,
      findings: before.findings,
      findingsFixed: before.findingsFixable,
      findingsFixable: 0,
      findingsNotFixable: before.findingsNotFixable,
      findingsLeft: before.findingsNotFixable,
    });
    expectTotalsAddUp(report.summary);
    expect(fs.readFileSync(path.join(root, 'src/storage.ts'), 'utf8')).toContain('http://169.254.169.254/metadata/identity/oauth2/token');
  });
});
