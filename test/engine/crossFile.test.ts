// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// Values imported from another module: a URL const is rewritten only together with every importer that
// uses it, through the project run (reconcileProject), or reported; never one side alone.
// Data-driven part: every __testfixtures__/cross-file/<case>/input/* is one project. With an output/ folder,
// the run must write exactly output/<file> for each file there and leave every other file as it is; without
// one, nothing changes and something is reported. Known gaps (KNOWN_CROSS_FILE_GAPS) are expected failures.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFile } from '../../src/analyseFile';
import { mayContainPattern } from '../../src/fileKinds';
import { migrateSource } from '../../src/engine/migrateSource';
import { reconcileProject, type ProjectFile } from '../../src/engine/project';
import type { ModuleHost } from '../../src/engine/types';

const root = path.resolve(__dirname, '../../__testfixtures__/cross-file');

/** An in-memory host over a set of files (names relative, `/`-separated), resolving `./x`, `./x.js`, `./dir` (its index) and `..`. */
function memoryHost(files: Record<string, string>): ModuleHost {
  return {
    resolveImport(from, specifier) {
      const base = path.posix.join(path.posix.dirname(from), specifier).replace(/\.js$/, '');
      for (const candidate of [base, `${base}.ts`, `${base}.js`, path.posix.join(base, 'index.ts'), path.posix.join(base, 'index.js')])
        if (files[candidate] !== undefined) return { filename: candidate, text: files[candidate] };
      return undefined;
    },
  };
}

function runProject(files: Record<string, string>, inRun: string[] = Object.keys(files)) {
  const modules = memoryHost(files);
  const project: ProjectFile[] = inRun.map((filename) => ({
    filename,
    text: files[filename],
    result: migrateSource(files[filename], { filename, modules }),
  }));
  return reconcileProject(project, { modules });
}

/** Every file under the directory, by its `/`-separated name relative to it. */
function readDir(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => fs.statSync(path.join(root, dir, file)).isFile())
      .map((file) => [file.split(path.sep).join('/'), fs.readFileSync(path.join(root, dir, file), 'utf8')]),
  );
}

/**
 * The project run as the CLI makes it: each file through analyseFile (text scan first); then, as its reconcile step
 * does, the modules an importer's rewrite needs and the files that name an export of a legacy module are analysed
 * whatever the scan said; then the groups.
 */
function runProjectAsFrontEnds(files: Record<string, string>, inRun: string[] = Object.keys(files)) {
  const modules = memoryHost(files);
  const results = new Map(inRun.map((filename) => [filename, analyseFile(files[filename], { filename, modules })]));
  const analyseAnyway = (filename: string) =>
    results.set(filename, analyseFile(files[filename], { filename, modules, skipPrefilter: true }));
  const needed = new Set([...results.values()].flatMap((result) => (result.externalEdits ?? []).map((edit) => edit.filename)));
  for (const filename of needed) if (results.has(filename) && !mayContainPattern(files[filename], filename)) analyseAnyway(filename);
  const exporters = [...results].filter(([, result]) => result.legacyExports?.length);
  for (const [filename, result] of [...results]) {
    if (result.findings.length > 0 || mayContainPattern(files[filename], filename)) continue;
    const text = files[filename];
    const importsAnExport = exporters.some(
      ([exporter, { legacyExports }]) =>
        text.includes(path.posix.basename(exporter).replace(/\.[^.]+$/, '')) &&
        legacyExports!.some((name) => name === 'default' || text.includes(name)),
    );
    if (importsAnExport) analyseAnyway(filename);
  }
  const project: ProjectFile[] = inRun.map((filename) => ({ filename, text: files[filename], result: results.get(filename)! }));
  return reconcileProject(project, { modules });
}

/** Cross-file fixtures the engine does not get right yet, and what goes wrong today. */
const KNOWN_CROSS_FILE_GAPS: Record<string, string> = {};

const dataDrivenCases = fs
  .readdirSync(root)
  .filter((name) => fs.existsSync(path.join(root, name, 'input')))
  .sort();

describe('cross-file fixtures', () => {
  it('has the cases, and known gaps only among them', () => {
    expect(dataDrivenCases.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(KNOWN_CROSS_FILE_GAPS).filter((name) => !dataDrivenCases.includes(name))).toEqual([]);
  });

  for (const name of dataDrivenCases) {
    const gap = KNOWN_CROSS_FILE_GAPS[name];
    (gap ? it.fails : it)(gap ? `${name} (known gap: ${gap})` : name, () => {
      const files = readDir(`${name}/input`);
      const expected = fs.existsSync(path.join(root, name, 'output')) ? readDir(`${name}/output`) : undefined;
      const results = runProjectAsFrontEnds(files);
      expect([...results.keys()].sort()).toEqual(Object.keys(files).sort());
      if (expected) {
        expect(Object.keys(expected).filter((file) => files[file] === undefined)).toEqual([]);
        for (const [file, result] of results)
          expect({ file, output: result.output }).toEqual({ file, output: expected[file] ?? files[file] });
        for (const result of results.values()) expect(result.findings.filter((finding) => finding.ruleId === 'manual-review')).toEqual([]);
        // Migrated again, as a project, nothing changes and no error is left.
        const migrated = Object.fromEntries([...results].map(([file, result]) => [file, result.output]));
        for (const result of runProjectAsFrontEnds(migrated).values()) {
          expect(result.changed).toBe(false);
          expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([]);
        }
        // Each file that changes is an error when it is judged alone with its imports readable (the ESLint
        // rule's and the jscodeshift transform's view): a change that touches one side never passes.
        // A module that holds nothing of the extension by itself (only a host) cannot be judged alone: its importer is.
        const modules = memoryHost(files);
        for (const file of Object.keys(expected).filter((name) => mayContainPattern(files[name], name))) {
          const alone = analyseFile(files[file], { filename: file, modules });
          expect({ file, errors: alone.findings.some((finding) => finding.severity === 'error') }).toEqual({ file, errors: true });
        }
      } else {
        for (const result of results.values()) expect(result.changed).toBe(false);
        const errors = [...results.values()].flatMap((result) => result.findings.filter((finding) => finding.severity === 'error'));
        expect(errors.length).toBeGreaterThan(0);
      }
      // alone.json: files that are errors judged alone, their imports readable but not in the run (a pre-commit
      // run that names only them, the ESLint rule): the text scan lets them through and the engine reports them.
      const alonePath = path.join(root, name, 'alone.json');
      if (fs.existsSync(alonePath)) {
        for (const file of JSON.parse(fs.readFileSync(alonePath, 'utf8')) as string[]) {
          const [result] = runProjectAsFrontEnds(files, [file]).values();
          expect({ file, changed: result.changed }).toEqual({ file, changed: false });
          expect({ file, errors: result.findings.filter((finding) => finding.ruleId === 'manual-review').length > 0 }).toEqual({
            file,
            errors: true,
          });
        }
      }
    });
  }
});

describe('cross-file URL consts', () => {
  it('rewrites an exported URL const together with its importers, and nothing else in them', () => {
    const files = readDir('base-url-const/input');
    const results = runProject(files);
    expect(results.get('config.ts')!.output).toBe(
      files['config.ts'].replace('http://localhost:50342/oauth2/token', 'http://169.254.169.254/metadata/identity/oauth2/token'),
    );
    expect(results.get('token.ts')!.output).toBe(
      files['token.ts'].replace(
        "axios.get(MSI_TOKEN_URL, { params: { resource }, headers: { Metadata: 'true' }, timeout: TIMEOUT_MS })",
        "axios.get(MSI_TOKEN_URL + '?api-version=2018-02-01', { params: { resource }, headers: { Metadata: 'true' }, timeout: TIMEOUT_MS, proxy: false })",
      ),
    );
    expect(results.get('vault.ts')!.output).toBe(files['vault.ts'].replace("'?resource=", "'?api-version=2018-02-01&resource="));
    for (const result of results.values()) expect(result.findings.filter((finding) => finding.ruleId === 'manual-review')).toEqual([]);
    // Migrated again, as a project, nothing changes.
    const migrated = Object.fromEntries([...results].map(([name, result]) => [name, result.output]));
    for (const result of runProject(migrated).values()) expect(result.changed).toBe(false);
  });

  it('reports an importer whose module is not part of the run, and writes neither', () => {
    const files = readDir('exporter-not-in-run/input');
    const results = runProject(files, ['token.ts']);
    const token = results.get('token.ts')!;
    expect(token.changed).toBe(false);
    expect(token.findings.map((finding) => finding.ruleId)).toContain('manual-review');
    expect(token.findings.find((finding) => finding.ruleId === 'manual-review')!.message).toMatch(
      /config\.ts, which is not part of this run/,
    );
  });

  it('reports the exporter alone (no importer known) instead of rewriting it', () => {
    const files = readDir('exporter-not-in-run/input');
    const config = runProject(files, ['config.ts']).get('config.ts')!;
    expect(config.changed).toBe(false);
    expect(config.findings.map((finding) => finding.ruleId)).toEqual(['manual-review']);
    expect(config.legacyExports).toEqual(['MSI_TOKEN_URL']);
  });

  it('blocks the whole group when one importer uses the const in a way the tool does not rewrite', () => {
    const files = {
      ...readDir('base-url-const/input'),
      'log.ts':
        "import { MSI_TOKEN_URL } from './config';\nimport { get } from './wrapper';\nexport const probe = () => get(MSI_TOKEN_URL);\n",
    };
    const results = runProject(files);
    expect([...results.values()].every((result) => !result.changed)).toBe(true);
    expect(results.get('config.ts')!.findings.map((finding) => finding.ruleId)).toContain('manual-review');
    expect(results.get('log.ts')!.findings.map((finding) => `${finding.loc.start.line}:${finding.ruleId}`)).toEqual(['3:manual-review']);
    expect(results.get('token.ts')!.findings.find((finding) => finding.ruleId === 'manual-review')!.message).toMatch(
      /config\.ts, which log\.ts also uses in a way the tool cannot rewrite/,
    );
  });

  it("does not report an importer for calling a module's function that sends the request itself (that module is migrated on its own)", () => {
    const files = {
      'msi.js':
        "exports.getToken = (resource) => fetch('http://localhost:50342/oauth2/token?resource=' + resource, { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });\n",
      'app.js':
        "const msi = require('./msi');\nconst { getToken } = require('./msi');\nexports.run = () => Promise.all([msi.getToken('https://vault.azure.net'), getToken('x')]);\n",
    };
    const results = runProject(files);
    expect(results.get('app.js')!.findings).toEqual([]);
    expect(results.get('msi.js')!.changed).toBe(true);
  });

  it('blocks an importer that also uses the imported const outside a request', () => {
    const files = {
      'config.ts': "export const MSI_TOKEN_URL = 'http://localhost:50342/oauth2/token';\n",
      'token.ts':
        "import { MSI_TOKEN_URL } from './config';\nconsole.log(MSI_TOKEN_URL);\nexport const t = (r: string) => fetch(MSI_TOKEN_URL + '?resource=' + r, { headers: { Metadata: 'true' } });\n",
    };
    const results = runProject(files);
    expect(results.get('token.ts')!.changed).toBe(false);
    const reported = results.get('token.ts')!.findings.filter((finding) => finding.ruleId === 'manual-review');
    expect(reported.map((finding) => finding.loc.start.line)).toEqual([2, 3]);
    expect(reported[1].message).toMatch(/also used on line 2/);
  });
});
