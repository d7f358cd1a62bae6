// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// Issue 17, item 2: an advisory about an IMDS token request belongs to the request, whoever wrote it. After the
// run that rewrites a legacy request with no timeout, `--check` and ESLint still say it has none (a warning:
// it fails only under --max-warnings 0), and an IMDS request written by a person gets the same advisories.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';
import { initCommittedRepo, makeTempDir, runBin, writeTree } from './helpers';

const LEGACY =
  "export const token = () => fetch('http://localhost:50342/oauth2/token?resource=https://vault.azure.net', { headers: { Metadata: 'true' } });\n";
const BY_HAND =
  "export const token = () => fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net', { headers: { Metadata: 'true' } });\n";

const REPO_ROOT = path.resolve(__dirname, '../..');
const plugin = createRequire(path.join(REPO_ROOT, 'package.json'))('mi-codemod/eslint-plugin') as ESLint.Plugin & {
  configs: { recommended: object };
};

let root: string;
afterEach(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

function lintWarnings(messages: Array<{ ruleId: string | null; severity: number; message: string }>): string[] {
  return messages.filter((message) => message.severity === 1).map((message) => message.message.split(':')[0]);
}

describe('advisories about IMDS requests', () => {
  it('survive the CLI run that rewrites: --check after the fix still reports no-timeout, and --max-warnings 0 fails on it', () => {
    root = makeTempDir();
    writeTree(root, { 'src/token.ts': LEGACY });
    initCommittedRepo(root);
    expect(runBin(root, ['src']).code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'src/token.ts'), 'utf8')).toContain('169.254.169.254');
    const check = runBin(root, ['--check', '--format', 'json', 'src']);
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout) as { findings: Array<{ ruleId: string; severity: string }> };
    expect(report.findings.map((finding) => `${finding.severity} ${finding.ruleId}`)).toEqual(['warning no-timeout']);
    expect(runBin(root, ['--check', '--max-warnings', '0', 'src']).code).toBe(1);
  });

  it('are reported on an IMDS request a person wrote', () => {
    root = makeTempDir();
    writeTree(root, { 'src/token.ts': BY_HAND });
    initCommittedRepo(root);
    const check = runBin(root, ['--check', 'src']);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/warning\s+no-timeout/);
  });

  it('survive eslint --fix: a second lint still warns, so --max-warnings 0 fails', async () => {
    root = makeTempDir();
    writeTree(root, { 'token.js': LEGACY.replace('export const token =', 'module.exports =') });
    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended], fix: true });
    const [fixed] = await eslint.lintFiles(['token.js']);
    await ESLint.outputFixes([fixed]);
    expect(fs.readFileSync(path.join(root, 'token.js'), 'utf8')).toContain('169.254.169.254');
    const again = await new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [plugin.configs.recommended] }).lintFiles([
      'token.js',
    ]);
    expect(again[0].errorCount).toBe(0);
    expect(lintWarnings(again[0].messages)).toEqual([expect.stringContaining('This token request has no timeout')]);
  });
});
