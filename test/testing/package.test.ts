// mi-codemod/testing as users get it: `npm pack`, the tarball unpacked into a scratch project's node_modules (as
// npm installs a tarball; its dependencies are this repository's, linked, so nothing is downloaded), and the
// README's and docs/testing.md's example tests run there: vitest (ESM), jest's API (CommonJS, under vitest's
// globals) and mocha (CommonJS). Each fails on the legacy token.js and passes once the packed mi-codemod migrated it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, isolatedEnv } from '../precommit/gitSandbox';

const TESTS = ['token.test.mjs', 'token.jest.test.cjs', 'token.mocha.test.cjs'];

/** The code blocks of a Markdown file whose first line is `// file: <name>`, by name. */
function exampleFiles(markdownPath: string): Map<string, string> {
  const files = new Map<string, string>();
  const markdown = fs.readFileSync(path.join(PROJECT_ROOT, markdownPath), 'utf8');
  for (const match of markdown.matchAll(/```js\n\/\/ file: (\S+)\n([\s\S]*?)```/g)) files.set(match[1], match[2]);
  return files;
}

function run(command: string, args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(isolatedEnv()).filter(([key]) => !/^(npm_|VITEST|NODE_OPTIONS$)/i.test(key)));
  const result = spawnSync(command, args, { cwd, env: { ...env, CI: '1', NO_COLOR: '1' }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Unpacks the tarball into `<project>/node_modules/mi-codemod`, as `npm install <tarball>` lays it out. */
function installTarball(tarball: string, project: string): void {
  const target = path.join(project, 'node_modules', 'mi-codemod');
  fs.mkdirSync(target, { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
  expect(untar.status, untar.stderr).toBe(0);
}

let workDir: string;
let tarball: string;
beforeAll(() => {
  workDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-testing-pack-')));
  // dist/ is built by the test run's global setup; --ignore-scripts keeps `prepare` from building it again.
  const pack = run('npm', ['pack', '--ignore-scripts', '--pack-destination', workDir], PROJECT_ROOT);
  expect(pack.status, pack.output).toBe(0);
  tarball = path.join(workDir, fs.readdirSync(workDir).find((name) => name.endsWith('.tgz')) ?? 'missing.tgz');
}, 120_000);
afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the packed mi-codemod/testing', () => {
  it('ships the testing entry points, CommonJS and ESM, with types', () => {
    const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).stdout.split('\n');
    for (const file of ['dist/src/testing/index.js', 'dist/src/testing/index.d.ts', 'esm/testing.mjs', 'esm/testing.d.mts']) {
      expect(list).toContain(`package/${file}`);
    }
  });

  it('loads without msw or nock installed, and says what to install when a helper needs one', () => {
    const bare = path.join(workDir, 'bare');
    installTarball(tarball, bare);
    fs.writeFileSync(path.join(bare, 'package.json'), '{ "name": "bare", "private": true }\n');
    const cjs = run(
      process.execPath,
      [
        '-e',
        "const t = require('mi-codemod/testing'); console.log(typeof t.createImdsServer); try { t.imdsHandlers() } catch (e) { console.log(e.message) }",
      ],
      bare,
    );
    expect(cjs.output).toBe(
      'function\nimdsHandlers needs msw, an optional peer dependency of mi-codemod: run `npm install --save-dev msw`\n',
    );
    const esm = run(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { imdsNock, IMDS_TOKEN_URL } from 'mi-codemod/testing'; console.log(IMDS_TOKEN_URL); try { imdsNock() } catch (e) { console.log(e.message) }",
      ],
      bare,
    );
    expect(esm.output).toBe(
      'http://169.254.169.254/metadata/identity/oauth2/token\nimdsNock/extensionNock needs nock, an optional peer dependency of mi-codemod: run `npm install --save-dev nock`\n',
    );
  });

  it("runs the README's and docs' example tests: failing on the legacy code, passing on the migrated code", () => {
    const project = path.join(workDir, 'project');
    installTarball(tarball, project);
    // Every other package from this repository's node_modules, linked (msw, vitest, mocha and mi-codemod's own dependencies).
    for (const name of fs.readdirSync(path.join(PROJECT_ROOT, 'node_modules'))) {
      if (name === '.bin' || name === 'mi-codemod' || name.startsWith('.')) continue;
      fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules', name), path.join(project, 'node_modules', name));
    }
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "scratch", "private": true }\n');
    const readme = exampleFiles('README.md');
    const docs = exampleFiles('docs/testing.md');
    expect(readme.get('token.test.mjs')).toBe(docs.get('token.test.mjs'));
    for (const name of ['token.js', ...TESTS]) {
      const text = name === 'token.test.mjs' ? readme.get(name) : docs.get(name);
      expect(text, `${name} is an example in the docs`).toBeDefined();
      fs.writeFileSync(path.join(project, name), text as string);
    }
    const runTest = (file: string) =>
      file.includes('mocha')
        ? run(process.execPath, ['node_modules/mocha/bin/mocha.js', file], project)
        : run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', file, ...(file.includes('jest') ? ['--globals'] : [])], project);

    for (const file of TESTS) {
      const legacy = runTest(file);
      expect(legacy.status, `${file} on the legacy code:\n${legacy.output}`).not.toBe(0);
      // Failed for the right reason: msw refused the request to the extension.
      expect(legacy.output).toContain('GET http://localhost:50342/oauth2/token?resource=https%3A%2F%2Fvault.azure.net');
    }

    const migrate = run(process.execPath, ['node_modules/mi-codemod/dist/src/cli/bin.js', '--force', 'token.js'], project);
    expect(migrate.status, migrate.output).toBe(0);
    expect(fs.readFileSync(path.join(project, 'token.js'), 'utf8')).toContain(
      'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=',
    );

    for (const file of TESTS) {
      const migrated = runTest(file);
      expect(migrated.status, `${file} on the migrated code:\n${migrated.output}`).toBe(0);
      expect(migrated.output).toMatch(/1 passed|1 passing/);
    }
  }, 240_000);
});
