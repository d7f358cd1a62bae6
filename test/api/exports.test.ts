// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// `require('mi-codemod')` and `import … from 'mi-codemod'` as users get them, from `npm pack` in a scratch
// project (scratchProject.ts): the exports are exactly those docs/api.md documents, each works through both,
// and the types compile for CommonJS and ESM TypeScript. Issue 17, item 4: `reconcileProject` was documented
// but not exported, and `migrateSource(text, { apiVersion: 'garbage' })` wrote `api-version=garbage`.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../precommit/gitSandbox';
import { createScratchProject, makeTempDir, packTarball, run, type ScratchProject } from './scratchProject';

const API_DOC = fs.readFileSync(path.join(PROJECT_ROOT, 'docs/api.md'), 'utf8');
/** The values docs/api.md documents, one `### \`name…\`` heading each. */
const DOCUMENTED = [...API_DOC.matchAll(/^### `(\w+)/gm)].map((match) => match[1]);
/** The types it lists. */
const DOCUMENTED_TYPES = [...(/Exported as types only: ([^.]+)\./.exec(API_DOC.replace(/\s+/g, ' '))?.[1] ?? '').matchAll(/`(\w+)`/g)].map(
  (match) => match[1],
);

const LEGACY_TS =
  "export const token = () => fetch('http://localhost:50342/oauth2/token?resource=https://vault.azure.net', { headers: { Metadata: 'true' } });\n";
const IMDS_URL = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01';

/**
 * One probe per documented export: JavaScript run in the scratch project with the module as `api`; what it
 * returns is compared with `expected` (computed here, from the documentation's promises).
 */
const PROBES: Record<string, { body: string; expected: unknown }> = {
  migrateSource: {
    body: `
      const result = api.migrateSource(${JSON.stringify(LEGACY_TS)}, { filename: 'token.ts' });
      let refused;
      try { api.migrateSource(${JSON.stringify(LEGACY_TS)}, { filename: 'token.ts', apiVersion: 'garbage' }); } catch (error) { refused = error.constructor.name + ': ' + error.message; }
      return { changed: result.changed, imds: result.output.includes(${JSON.stringify(`${IMDS_URL}&resource=`)}), rules: result.findings.map((f) => f.ruleId), refused };`,
    expected: {
      changed: true,
      imds: true,
      rules: ['legacy-endpoint', 'no-timeout'],
      refused: 'RangeError: mi-codemod: apiVersion: "garbage" is not an IMDS identity api-version; use one of 2018-02-01, ',
    },
  },
  analyseFile: {
    body: `
      const script = 'curl -s -H Metadata:true "http://localhost:50342/oauth2/token?resource=https://vault.azure.net"\\n';
      const result = api.analyseFile(script, { filename: 'token.sh' });
      const ignored = api.analyseFile(script, { filename: 'notes.txt' });
      let refused;
      try { api.analyseFile(script, { filename: 'token.sh', apiVersion: '2019-08-01' }); } catch (error) { refused = error.message; }
      return { changed: result.changed, imds: result.output.includes(${JSON.stringify(IMDS_URL)}), rules: result.findings.map((f) => f.ruleId), ignored: ignored.findings.length, refused };`,
    expected: {
      changed: true,
      imds: true,
      rules: ['legacy-endpoint'],
      ignored: 0,
      refused: 'mi-codemod: apiVersion: "2019-08-01" is not an IMDS identity api-version; use one of 2018-02-01, ',
    },
  },
  reconcileProject: {
    body: `
      const texts = {
        'config.ts': "export const TOKEN_URL = 'http://localhost:50342/oauth2/token';\\n",
        'token.ts': "import { TOKEN_URL } from './config';\\nexport const token = () => fetch(TOKEN_URL + '?resource=https://vault.azure.net', { headers: { Metadata: 'true' } });\\n",
      };
      const modules = { resolveImport: (from, specifier) => { const filename = specifier.replace(/^\\.\\//, '') + '.ts'; return texts[filename] === undefined ? undefined : { filename, text: texts[filename] }; } };
      const files = Object.entries(texts).map(([filename, text]) => ({ filename, text, result: api.migrateSource(text, { filename, modules }) }));
      const results = api.reconcileProject(files, { modules });
      let refused;
      try { api.reconcileProject(files, { modules, apiVersion: 'garbage' }); } catch (error) { refused = error.message; }
      return { alone: files.map((file) => file.result.changed), together: [...results].map(([name, result]) => [name, result.changed, result.output]), refused };`,
    expected: {
      alone: [false, true],
      together: [
        ['config.ts', true, "export const TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token';\n"],
        [
          'token.ts',
          true,
          "import { TOKEN_URL } from './config';\nexport const token = () => fetch(TOKEN_URL + '?api-version=2018-02-01&resource=https://vault.azure.net', { headers: { Metadata: 'true' } });\n",
        ],
      ],
      refused: 'mi-codemod: apiVersion: "garbage" is not an IMDS identity api-version; use one of 2018-02-01, ',
    },
  },
  diskModuleHost: {
    body: `
      const fs = process.getBuiltinModule('node:fs');
      const path = process.getBuiltinModule('node:path');
      const dir = fs.mkdtempSync(path.join(process.getBuiltinModule('node:os').tmpdir(), 'mi-codemod-host-'));
      fs.writeFileSync(path.join(dir, 'endpoints.js'), "exports.MSI_TOKEN_URL = 'http://localhost:50342/oauth2/token';\\n");
      const client = "const { MSI_TOKEN_URL } = require('./endpoints');\\nmodule.exports = () => fetch(MSI_TOKEN_URL + '?resource=r', { headers: { Metadata: 'true' } });\\n";
      const modules = api.diskModuleHost(dir);
      const found = modules.resolveImport('client.js', './endpoints');
      const withHost = api.analyseFile(client, { filename: 'client.js', modules });
      const withoutHost = api.analyseFile(client, { filename: 'client.js' });
      fs.rmSync(dir, { recursive: true, force: true });
      return { resolved: found && found.filename, missing: modules.resolveImport('client.js', './nowhere'), withHost: withHost.findings.map((f) => f.ruleId), withoutHost: withoutHost.findings.length, external: (withHost.externalEdits || []).map((e) => e.filename) };`,
    expected: {
      resolved: 'endpoints.js',
      missing: undefined,
      withHost: ['legacy-endpoint', 'no-timeout'],
      withoutHost: 0,
      external: ['endpoints.js', 'endpoints.js'],
    },
  },
  findingText: {
    body: `
      const [finding] = api.migrateSource(${JSON.stringify(LEGACY_TS)}, { filename: 'token.ts' }).findings;
      return { proposed: api.findingText(finding, 'proposed'), applied: api.findingText(finding, 'applied'), plain: api.findingText(finding) };`,
    expected: {
      proposed: `Token request to the retired Managed Identity VM extension (fetch). Would be rewritten to IMDS (${IMDS_URL}).`,
      applied: `Token request to the retired Managed Identity VM extension (fetch). Rewritten to IMDS (${IMDS_URL}).`,
      plain: 'Token request to the retired Managed Identity VM extension (fetch).',
    },
  },
  applyEdits: {
    body: `
      let refused;
      try { api.applyEdits('abc', [{ start: 0, end: 2, text: 'x' }, { start: 1, end: 3, text: 'y' }]); } catch (error) { refused = error instanceof Error; }
      return { applied: api.applyEdits('one two three', [{ start: 8, end: 13, text: '3' }, { start: 0, end: 3, text: '1' }]), refused };`,
    expected: { applied: '1 two 3', refused: true },
  },
  mayContainPattern: {
    body: `return [api.mayContainPattern(${JSON.stringify(LEGACY_TS)}, 'token.ts'), api.mayContainPattern('export const a = 1;\\n', 'a.ts')];`,
    expected: [true, false],
  },
  isSupportedFile: {
    body: `return ['a.ts', 'azuredeploy.json', 'Dockerfile', 'main.tf', 'notes.txt'].map((name) => api.isSupportedFile(name));`,
    expected: [true, true, true, true, false],
  },
  apiVersionProblem: {
    body: `return [api.apiVersionProblem('2018-02-01'), api.apiVersionProblem('2019-08-01').startsWith('"2019-08-01" is not an IMDS identity api-version')];`,
    expected: [undefined, true],
  },
  DEFAULT_API_VERSION: { body: 'return api.DEFAULT_API_VERSION;', expected: '2018-02-01' },
  IMDS_IDENTITY_API_VERSIONS: {
    body: "return [api.IMDS_IDENTITY_API_VERSIONS.includes('2018-02-01'), api.IMDS_IDENTITY_API_VERSIONS.includes('2019-08-01'), api.IMDS_IDENTITY_API_VERSIONS.length > 20];",
    expected: [true, false, true],
  },
};

/** A script that runs every probe with the module loaded one way and prints the results as JSON. */
function probeScript(load: string): string {
  const probes = Object.entries(PROBES)
    .map(([name, probe]) => `results[${JSON.stringify(name)}] = (() => { ${probe.body} })();`)
    .join('\n');
  return `${load}\nconst results = {};\n${probes}\nconsole.log(JSON.stringify({ keys: Object.keys(api).filter((key) => key !== 'default' && key !== '__esModule').sort(), results }));\n`;
}

/** JSON's view of a value (undefined array entries become null, undefined properties vanish). */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

let workDir: string;
let project: ScratchProject;
const loaded: Record<'require' | 'import', { keys: string[]; results: Record<string, unknown> }> = {} as never;

beforeAll(() => {
  workDir = makeTempDir('mi-codemod-api-');
  // @types/node: a TypeScript project that runs on Node has it (the declarations name Buffer).
  project = createScratchProject(path.join(workDir, 'project'), packTarball(workDir), ['@types/node']);
  project.write('probe.cjs', probeScript("const api = require('mi-codemod');"));
  project.write('probe.mjs', probeScript("import * as api from 'mi-codemod';"));
  for (const [via, script] of [
    ['require', 'probe.cjs'],
    ['import', 'probe.mjs'],
  ] as const) {
    const ran = project.node([script]);
    if (ran.status !== 0) throw new Error(`${script} failed:\n${ran.output}`);
    loaded[via] = JSON.parse(ran.stdout);
  }
}, 120_000);
afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the packed API', () => {
  it('documents a probe for every export and nothing else', () => {
    expect(DOCUMENTED.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(PROBES).sort()).toEqual([...DOCUMENTED].sort());
  });

  for (const via of ['require', 'import'] as const) {
    it(`exports exactly the documented values (${via})`, () => {
      expect(loaded[via].keys).toEqual([...DOCUMENTED].sort());
    });

    for (const name of DOCUMENTED) {
      it(`${name} (${via})`, () => {
        const result = loaded[via].results[name];
        const expected = PROBES[name].expected;
        if (name === 'migrateSource' || name === 'analyseFile' || name === 'reconcileProject') {
          const { refused, ...rest } = result as { refused: string };
          const { refused: refusedStart, ...expectedRest } = expected as { refused: string };
          expect(rest).toEqual(expectedRest);
          expect(refused).toMatch(new RegExp(`^${refusedStart.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\(default 2018-02-01\\)$`));
        } else {
          expect(result).toEqual(asJson(expected));
        }
      });
    }
  }

  it("refuses a bad apiVersion in the CLI's words", () => {
    project.write('token.ts', LEGACY_TS);
    const cli = run(process.execPath, ['node_modules/.bin/mi-codemod', '--api-version', 'garbage', 'token.ts'], project.root);
    expect(cli.status).toBe(2);
    const cliLine = cli.stderr.split('\n')[0];
    const apiMessage = (loaded.require.results.migrateSource as { refused: string }).refused.replace(/^RangeError: /, '');
    expect(apiMessage.replace('mi-codemod: apiVersion: ', 'mi-codemod: --api-version: ')).toBe(cliLine);
    expect(project.read('token.ts')).toBe(LEGACY_TS);
  });

  it('has types for every documented export, for CommonJS and ESM TypeScript', () => {
    const uses = `
      const text: string = 'x';
      const result: FileResult = migrateSource(text, { filename: 'a.ts', apiVersion: DEFAULT_API_VERSION });
      const any: FileResult = analyseFile(text, { filename: 'a.sh', includeDocs: true });
      const files: ProjectFile[] = [{ filename: 'a.ts', text, result }];
      const host: ModuleHost = { resolveImport: () => undefined };
      const together: Map<string, FileResult> = reconcileProject(files, { modules: host });
      const first: Finding | undefined = result.findings[0];
      const voice: FixVoice = 'proposed';
      const shown: string = first ? findingText(first, voice) : '';
      const edits: TextEdit[] = first?.fix ?? [];
      const applied: string = applyEdits(text, edits);
      const where: Position | undefined = first?.loc.start;
      const rule: RuleId | undefined = first?.ruleId;
      const severity: Severity | undefined = first?.severity;
      const external: ExternalEdit[] = result.externalEdits ?? [];
      const options: MigrateOptions = { filename: 'b.ts' };
      const analyseOptions: AnalyseOptions = { filename: 'b.tf' };
      const flags: boolean[] = [mayContainPattern(text, 'a.ts'), isSupportedFile('a.ts')];
      const problem: string | undefined = apiVersionProblem('2018-02-01');
      const versions: readonly string[] = IMDS_IDENTITY_API_VERSIONS;
      // @ts-expect-error -- a file name is required
      migrateSource(text, {});
      // @ts-expect-error -- voices are 'applied' and 'proposed'
      findingText(result.findings[0], 'maybe');
      export const used = [any, together, shown, applied, where, rule, severity, external, options, analyseOptions, flags, problem, versions];
    `;
    const values = DOCUMENTED.join(', ');
    const types = DOCUMENTED_TYPES.map((name) => `type ${name}`).join(', ');
    project.write('types/uses.cts', `import { ${values}, ${types} } from 'mi-codemod';\n${uses}`);
    project.write('types/uses.mts', `import { ${values}, ${types} } from 'mi-codemod';\n${uses}`);
    project.write(
      'tsconfig.json',
      `${JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true, types: ['node'] }, include: ['types'] }, null, 2)}\n`,
    );
    const tsc = project.node([path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  });
});
