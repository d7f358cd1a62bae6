// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { RuleTester } from 'eslint';
import type { ESLint, Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { MESSAGES_BY_RULE_ID } from '../../src/eslint/messages';
import { expectedMigration, REPO_ROOT } from './fixtureProject';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

// The compiled plugin, as `mi-codemod/eslint-plugin` resolves for users (dist/ is built by globalSetup).
const requireFromRepo = createRequire(path.join(REPO_ROOT, 'package.json'));
const plugin = requireFromRepo('mi-codemod/eslint-plugin') as ESLint.Plugin & { configs: Record<string, unknown> };
const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const mainRule = plugin.rules!['no-vm-extension-endpoint'] as Rule.RuleModule;

const FETCH_LEGACY =
  "fetch('http://localhost:50342/oauth2/token?resource=https://management.azure.com/', { headers: { Metadata: 'true' } });";
const FETCH_IMDS =
  "fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/', { headers: { Metadata: 'true' } });";

const MANUAL_REVIEW = "const legacy = 'http://localhost:50342/oauth2/token';\nmodule.exports = { legacy };\n";
const DEAD_PORT =
  'const MSI_PORT = process.env.MSI_PORT || 50342;\n' +
  'export const token = () => fetch(`http://localhost:${MSI_PORT}/oauth2/token?resource=https://vault.azure.net`, { headers: { Metadata: "true" }, signal: AbortSignal.timeout(5000) });\n';
const DEAD_PORT_FIXED =
  'export const token = () => fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net`, { headers: { Metadata: "true" }, signal: AbortSignal.timeout(5000) });\n';

/** The main rule's expected errors for `code`: the engine's error-severity findings, in order. */
function engineErrors(code: string, filename: string) {
  return analyseFile(code, { filename })
    .findings.filter((finding) => finding.severity === 'error' && finding.ruleId !== 'parse-error')
    .map((finding) => ({ messageId: finding.ruleId, line: finding.loc.start.line }));
}

describe('mi-codemod/eslint-plugin (compiled)', () => {
  it('has meta from package.json and a recommended flat config registering itself', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
    expect(plugin.configs.recommended).toEqual({
      name: 'mi-codemod/recommended',
      plugins: { 'mi-codemod': plugin },
      rules: { 'mi-codemod/no-vm-extension-endpoint': 'error', 'mi-codemod/imds-advisories': 'warn' },
    });
  });

  it("reports none of the CLI's info findings (Cloud Shell's own client): ESLint would count them as warnings", async () => {
    const { Linter } = await import('eslint');
    const linter = new Linter({ configType: 'flat' });
    const cloudShellClient =
      "exports.shellToken = (resource) => process.env.ACC_CLOUD && fetch('http://localhost:50342/oauth2/token', { method: 'POST', " +
      "headers: { Metadata: 'true' }, body: new URLSearchParams({ resource }), signal: AbortSignal.timeout(3000) });\n";
    expect(analyseFile(cloudShellClient, { filename: 'shell.js' }).findings.map((finding) => finding.severity)).toEqual(['info']);
    expect(linter.verify(cloudShellClient, [plugin.configs.recommended as never], 'shell.js')).toEqual([]);
  });

  it('loads the TypeScript compiler only for the first file whose text passes the scan, not when required', () => {
    // A fresh process, as ESLint is: which modules does each step load?
    const script = `
      const { Linter } = require('eslint');
      const plugin = require('mi-codemod/eslint-plugin');
      const compilerLoaded = () => Object.keys(require.cache).some((file) => file.endsWith('typescript.js'));
      const steps = { required: compilerLoaded() };
      const linter = new Linter({ configType: 'flat' });
      const config = [plugin.configs.recommended];
      steps.cleanFileLinted = linter.verify('export const host = "localhost"; // Identifier, Endpoint\\n', config, 'clean.js').length === 0 && compilerLoaded();
      steps.legacyFileReported = linter.verify(${JSON.stringify(FETCH_LEGACY)}, config, 'legacy.js').length > 0;
      steps.afterLegacyFile = compilerLoaded();
      console.log(JSON.stringify(steps));`;
    const steps = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: REPO_ROOT, encoding: 'utf8' }));
    expect(steps).toEqual({ required: false, cleanFileLinted: false, legacyFileReported: true, afterLegacyFile: true });
  });

  it("loads the compiler with the CLI's code cache: the first process writes it on exit, the next uses it and reports the same", () => {
    const cacheHome = mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-eslint-cache-'));
    try {
      const script = `
        const { Linter } = require('eslint');
        const plugin = require('mi-codemod/eslint-plugin');
        const linter = new Linter({ configType: 'flat' });
        console.log(JSON.stringify(linter.verify(${JSON.stringify(FETCH_LEGACY)}, [plugin.configs.recommended], 'legacy.js')));`;
      const lint = (env: NodeJS.ProcessEnv) =>
        execFileSync(process.execPath, ['-e', script], {
          cwd: REPO_ROOT,
          encoding: 'utf8',
          env: { ...process.env, XDG_CACHE_HOME: cacheHome, ...env },
        });
      const cacheDir = path.join(cacheHome, 'mi-codemod');
      const cacheFiles = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((entry) => entry.endsWith('.v8cache')) : []);
      const off = lint({ MI_CODEMOD_COMPILE_CACHE: '0' });
      expect(cacheFiles()).toEqual([]);
      const first = lint({});
      const [cache] = cacheFiles();
      expect(cache).toMatch(/^typescript\.js-[0-9a-f]{20}\.v8cache$/);
      const written = statSync(path.join(cacheDir, cache)).mtimeMs;
      const second = lint({});
      expect(statSync(path.join(cacheDir, cache)).mtimeMs).toBe(written); // used, so not rewritten
      expect(JSON.parse(first).length).toBeGreaterThan(0);
      expect(second).toBe(first);
      expect(off).toBe(first);
    } finally {
      rmSync(cacheHome, { recursive: true, force: true });
    }
  });

  it('is the same object when imported from ESM as when required (CommonJS module.exports)', () => {
    const script =
      "import plugin from 'mi-codemod/eslint-plugin'; import { createRequire } from 'node:module';" +
      "const required = createRequire(import.meta.url)('mi-codemod/eslint-plugin');" +
      'console.log(JSON.stringify({ same: plugin === required, rules: Object.keys(plugin.rules) }));';
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(JSON.parse(stdout)).toEqual({ same: true, rules: ['no-vm-extension-endpoint', 'imds-advisories'] });
  });

  it('declares a fixable problem rule with one message id per engine rule id and a docs URL', () => {
    expect(mainRule.meta).toMatchObject({ type: 'problem', fixable: 'code' });
    expect(Object.keys(mainRule.meta!.messages!).sort()).toEqual(Object.keys(MESSAGES_BY_RULE_ID).sort());
    expect(Object.values(mainRule.meta!.messages!).every((text) => text.includes('{{message}}'))).toBe(true);
    expect(mainRule.meta!.docs!.url).toMatch(/^https:\/\/.+#eslint-plugin$/);
  });
});

describe('no-vm-extension-endpoint with the real engine', () => {
  const ruleTester = new RuleTester();
  const tsCode = `export async function token(resource: string): Promise<unknown> {\n  const response: Response = await ${FETCH_LEGACY.replace(/;$/, '')};\n  return response.json() as unknown;\n}\n`;
  const crlfCode = `// first line\r\n${FETCH_LEGACY}\r\n`;
  ruleTester.run('no-vm-extension-endpoint', mainRule, {
    valid: [
      { code: '// was http://localhost:50342/oauth2/token\nconst x = 1;', filename: 'comment.js' },
      {
        code: "fetch('http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01&resource=x', { headers: { Metadata: 'true' } });",
        filename: 'arc.js',
      },
      { code: "fetch('https://login.microsoftonline.com/tenant/oauth2/token', { method: 'POST' });", filename: 'aad.js' },
      { code: FETCH_IMDS, filename: 'migrated.js' },
      { code: "const port = 50342;\nconst account = 'MSI@50342';", filename: 'coincidence.js' },
    ],
    invalid: [
      {
        name: 'espree: fetch with a legacy URL literal',
        code: FETCH_LEGACY,
        filename: 'fetch.js',
        output: FETCH_IMDS,
        errors: engineErrors(FETCH_LEGACY, 'fetch.js'),
      },
      {
        name: '@typescript-eslint/parser: the same call in TypeScript',
        code: tsCode,
        filename: 'token.ts',
        languageOptions: { parser: tsParser },
        output: expectedMigration(tsCode),
        errors: engineErrors(tsCode, 'token.ts'),
      },
      {
        name: 'CRLF line endings stay',
        code: crlfCode,
        filename: 'crlf.js',
        output: expectedMigration(crlfCode),
        errors: engineErrors(crlfCode, 'crlf.js'),
      },
      {
        name: 'a literal the tool cannot follow: manual-review, no fix',
        code: MANUAL_REVIEW,
        filename: 'manual.js',
        output: null,
        errors: [{ messageId: 'manual-review', line: 1, column: 16 }],
      },
      {
        name: 'dead port plumbing goes in the same whole-file fix',
        code: DEAD_PORT,
        filename: 'dead-port.js',
        output: DEAD_PORT_FIXED,
        errors: [{ messageId: 'legacy-endpoint', line: 2 }],
      },
      {
        name: 'apiVersion option',
        code: FETCH_LEGACY,
        filename: 'version.js',
        options: [{ apiVersion: '2019-08-15' }],
        output: FETCH_IMDS.replace('api-version=2018-02-01', 'api-version=2019-08-15'),
        errors: engineErrors(FETCH_LEGACY, 'version.js'),
      },
    ],
  });

  it('the engine reports the fetch example as legacy-endpoint (guards the derived error lists above)', () => {
    expect(engineErrors(FETCH_LEGACY, 'fetch.js')).toContainEqual({ messageId: 'legacy-endpoint', line: 1 });
  });
});

describe('imds-advisories with the real engine', () => {
  new RuleTester().run('imds-advisories', plugin.rules!['imds-advisories'] as Rule.RuleModule, {
    valid: [
      { code: FETCH_IMDS.replace('{ headers', '{ signal: AbortSignal.timeout(5000), headers'), filename: 'migrated.js' },
      { code: MANUAL_REVIEW, filename: 'manual.js' },
    ],
    invalid: [
      {
        name: 'no timeout: advisory, no fix of its own',
        code: FETCH_LEGACY,
        filename: 'fetch.js',
        output: null,
        errors: [{ messageId: 'no-timeout', line: 1 }],
      },
      {
        name: 'dead port config carries the whole-file fix',
        code: DEAD_PORT,
        filename: 'dead-port.js',
        output: DEAD_PORT_FIXED,
        errors: [{ messageId: 'dead-port-config', line: 1 }],
      },
    ],
  });
});
