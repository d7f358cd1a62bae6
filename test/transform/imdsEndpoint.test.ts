// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import type { FileResult, Finding } from '../../src/engine/types';
import { expectedMigration, REPO_ROOT } from '../eslint/fixtureProject';

const TRANSFORM = path.join(REPO_ROOT, 'transforms/imds-endpoint.js');
const JSCODESHIFT_BIN = path.join(REPO_ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js');
const FIXTURES = path.join(__dirname, 'fixtures');
const FETCH_LEGACY =
  "fetch('http://localhost:50342/oauth2/token?resource=https://management.azure.com/', { headers: { Metadata: 'true' } });";
const FETCH_IMDS =
  "fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/', { headers: { Metadata: 'true' } });";

interface TransformModule {
  default: (
    file: { path: string; source: string },
    api: { report?: (msg: string) => void },
    options: Record<string, unknown>,
  ) => string | undefined;
  createImdsEndpointTransform: (
    analyse: (text: string, options: { filename: string; apiVersion?: string }) => FileResult,
  ) => TransformModule['default'];
}

let transformModule: TransformModule;

beforeAll(() => {
  // `npm run build` emits the transform next to its source; compile it here too, as globalSetup builds src/ only.
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.transforms.json'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  transformModule = createRequire(__filename)(TRANSFORM) as TransformModule;
});

function finding(ruleId: Finding['ruleId'], line: number, column: number, fixed: boolean): Finding {
  return {
    ruleId,
    severity: 'error',
    message: `${ruleId} here`,
    start: 0,
    end: 1,
    loc: { start: { line, column }, end: { line, column: column + 1 } },
    fix: fixed ? [{ start: 0, end: 1, text: 'x' }] : undefined,
  };
}

describe('imds-endpoint transform (adapter, fake engine)', () => {
  const seen: Array<{ filename: string; apiVersion?: string }> = [];
  const fakeResult = (source: string, options: { filename: string; apiVersion?: string }): FileResult => {
    seen.push(options);
    if (source === 'blocked')
      return {
        filename: options.filename,
        findings: [finding('legacy-endpoint', 1, 1, true), finding('manual-review', 2, 5, false)],
        output: source,
        changed: false,
      };
    if (source === 'clean') return { filename: options.filename, findings: [], output: source, changed: false };
    return {
      filename: options.filename,
      findings: [finding('legacy-endpoint', 1, 1, true), finding('manual-review', 3, 7, false)],
      output: `${source}!`,
      changed: true,
    };
  };

  it('returns the engine output when changed and reports what it leaves open as file:line:col', () => {
    const reports: string[] = [];
    const transform = transformModule.createImdsEndpointTransform(fakeResult);
    expect(transform({ path: 'src/a.js', source: 'code' }, { report: (msg) => reports.push(msg) }, { apiVersion: '2019-08-15' })).toBe(
      'code!',
    );
    expect(seen.at(-1)).toEqual({
      filename: 'src/a.js',
      apiVersion: '2019-08-15',
      modules: expect.objectContaining({ resolveImport: expect.any(Function) }),
    });
    expect(reports).toEqual(['src/a.js:3:7 manual-review here (manual-review)']);
  });

  it('returns undefined for an unchanged file, reporting every finding of a blocked one', () => {
    const reports: string[] = [];
    const transform = transformModule.createImdsEndpointTransform(fakeResult);
    expect(transform({ path: 'b.ts', source: 'clean' }, { report: (msg) => reports.push(msg) }, {})).toBeUndefined();
    expect(transform({ path: 'b.ts', source: 'blocked' }, { report: (msg) => reports.push(msg) }, {})).toBeUndefined();
    expect(reports).toEqual(['b.ts:1:1 legacy-endpoint here (legacy-endpoint)', 'b.ts:2:5 manual-review here (manual-review)']);
    expect(seen.at(-1)?.apiVersion).toBeUndefined();
  });

  it('accepts --api-version too, and rejects an api-version IMDS does not serve', () => {
    const transform = transformModule.createImdsEndpointTransform(fakeResult);
    transform({ path: 'd.js', source: 'code' }, {}, { 'api-version': '2021-02-01' });
    expect(seen.at(-1)?.apiVersion).toBe('2021-02-01');
    expect(() => transform({ path: 'd.js', source: 'code' }, {}, { apiVersion: '2019-08-01' })).toThrow(/not an IMDS identity api-version/);
  });

  it('works without api.report (jscodeshift testUtils do not provide it)', () => {
    const transform = transformModule.createImdsEndpointTransform(fakeResult);
    expect(transform({ path: 'c.js', source: 'code' }, {}, {})).toBe('code!');
  });
});

describe('imds-endpoint transform (real engine)', () => {
  it('rewrites through jscodeshift testUtils applyTransform', async () => {
    const { applyTransform } = createRequire(__filename)('jscodeshift/src/testUtils') as {
      applyTransform: (module: unknown, options: unknown, input: { path: string; source: string }) => string;
    };
    expect(applyTransform(transformModule, {}, { path: 'token.js', source: FETCH_LEGACY })).toBe(FETCH_IMDS);
    expect(applyTransform(transformModule, { apiVersion: '2019-08-15' }, { path: 'token.js', source: FETCH_LEGACY })).toBe(
      FETCH_IMDS.replace('2018-02-01', '2019-08-15'),
    );
  });
});

function runJscodeshift(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [JSCODESHIFT_BIN, ...args],
      { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr }),
    );
  });
}

describe('the jscodeshift runner with transforms/imds-endpoint.js', () => {
  let workDir: string;
  const originals = new Map<string, string>();

  beforeEach(() => {
    workDir = mkdtempSync(path.join(tmpdir(), 'mi-codemod-jscodeshift-'));
    cpSync(FIXTURES, workDir, { recursive: true });
    const client = readFileSync(path.join(FIXTURES, 'client.js'), 'utf8');
    writeFileSync(path.join(workDir, 'crlf.js'), client.replace(/\n/g, '\r\n'));
    writeFileSync(path.join(workDir, 'bom.ts'), `\uFEFF${client}`);
    originals.clear();
    for (const name of readdirSync(workDir)) originals.set(name, readFileSync(path.join(workDir, name), 'utf8'));
  });
  afterEach(() => rmSync(workDir, { recursive: true, force: true }));

  const engineResult = (name: string) => analyseFile(originals.get(name)!, { filename: path.join(workDir, name) });

  for (const babel of [[], ['--no-babel']]) {
    it(`rewrites files in place to exactly the engine output ${babel.join(' ') || '(default @babel/register)'}`, async () => {
      const { stdout, stderr } = await runJscodeshift(['-t', TRANSFORM, workDir, '--extensions=ts,js', '--parser=ts', ...babel]);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/\b0 errors\b/);
      for (const name of ['client.js', 'token.ts', 'crlf.js', 'bom.ts']) {
        const written = readFileSync(path.join(workDir, name), 'utf8');
        expect(written, name).toBe(engineResult(name).output);
        expect(written, name).toBe(expectedMigration(originals.get(name)!));
      }
      expect(readFileSync(path.join(workDir, 'decoys.js'), 'utf8')).toBe(originals.get('decoys.js'));
      expect(readFileSync(path.join(workDir, 'crlf.js'), 'utf8')).toContain('\r\n');
      expect(readFileSync(path.join(workDir, 'bom.ts'), 'utf8').startsWith('\uFEFF')).toBe(true);
    });
  }

  it("loads under jscodeshift's @babel/register, which cannot compile the engine's ts-morph", async () => {
    const probe = path.join(workDir, 'probe-transform.js');
    writeFileSync(
      probe,
      `require(${JSON.stringify(TRANSFORM)});\nconst { ts } = require(${JSON.stringify(require.resolve('ts-morph'))});\n` +
        "module.exports = (file, api) => { api.report('typescript ' + ts.version); };\n",
    );
    const { stdout, stderr } = await runJscodeshift(['-t', probe, path.join(workDir, 'client.js')]);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/typescript \d+\.\d+/);
  });

  it('reports every finding the engine leaves open as file:line:col', async () => {
    const { stdout } = await runJscodeshift(['-t', TRANSFORM, workDir, '--extensions=ts,js', '--parser=ts']);
    const result = engineResult('manual.js');
    const open = result.changed ? result.findings.filter((item) => !item.fix?.length) : result.findings;
    expect(open.length).toBeGreaterThan(0);
    expect(stdout).toMatch(new RegExp(`manual\\.js:4:24 .*\\(manual-review\\)`));
    for (const item of open) {
      expect(stdout).toContain(`${path.join(workDir, 'manual.js')}:${item.loc.start.line}:${item.loc.start.column} ${item.message}`);
    }
  });

  it('--dry --print prints the migrated text, passes --apiVersion and writes nothing', async () => {
    const { stdout, stderr } = await runJscodeshift([
      '-t',
      TRANSFORM,
      path.join(workDir, 'client.js'),
      '--dry',
      '--print',
      '--apiVersion=2019-08-15',
    ]);
    expect(stderr).toBe('');
    expect(stdout).toContain(expectedMigration(originals.get('client.js')!).replace('2018-02-01', '2019-08-15').trimEnd());
    for (const [name, text] of originals) expect(readFileSync(path.join(workDir, name), 'utf8'), name).toBe(text);
  });
});
