// What `npm pack` publishes, and the release the README's pre-commit example points at. Issue 17, item 5: the
// published package.json kept `prepare`, which npm 11 lists as an unreviewed install script of a package
// installed from a tarball or git; the README pinned `rev: v0.1.0` with no release procedure, tag or changelog.
// The pack runs with its scripts (prepack builds, then scripts/pack-manifest.mjs strips `prepare`; postpack
// puts package.json back) on a copy of the work tree, so the build does not rewrite the dist/ other tests run.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, run, scratchEnv } from '../api/scratchProject';
import { PROJECT_ROOT } from './gitSandbox';
import { copyWorkTree } from './workTreeCopy';

const repositoryManifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
const version: string = repositoryManifest.version;

/** npm's own list of the scripts it runs when it installs a package (what npm 11 warns about), if npm has one. */
function npmInstallScripts(): ((node: object) => Promise<Record<string, string>>) | undefined {
  const root = spawnSync('npm', ['root', '-g'], { encoding: 'utf8', env: scratchEnv() }).stdout.trim();
  const file = path.join(root, 'npm/node_modules/@npmcli/arborist/lib/install-scripts.js');
  return fs.existsSync(file) ? createRequire(file)(file) : undefined;
}

let workDir: string;
let copy: string;
let packed: ReturnType<typeof run>;
let manifestBefore: string;
let unpacked: string;

beforeAll(() => {
  workDir = makeTempDir('mi-codemod-packaging-');
  copy = path.join(workDir, 'repository');
  copyWorkTree(copy, { linkNodeModules: true });
  manifestBefore = fs.readFileSync(path.join(copy, 'package.json'), 'utf8');
  packed = run('npm', ['pack'], copy);
  unpacked = path.join(workDir, 'unpacked');
  fs.mkdirSync(unpacked);
  if (packed.status === 0) spawnSync('tar', ['-xzf', path.join(copy, packed.stdout.trim()), '-C', unpacked]);
}, 180_000);
afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('npm pack, with its scripts', () => {
  it('prints nothing on stdout but the tarball name (pre-commit reads it as the file name)', () => {
    expect(packed.status, packed.output).toBe(0);
    expect(packed.stdout).toBe(`mi-codemod-${version}.tgz\n`);
  });

  it('leaves package.json as it was, byte for byte', () => {
    expect(fs.readFileSync(path.join(copy, 'package.json'), 'utf8')).toBe(manifestBefore);
    expect(fs.existsSync(path.join(copy, 'package.json.unpacked'))).toBe(false);
  });

  it('publishes the package.json without `prepare` (nor `prepack`/`postpack`), and without any other change', () => {
    const published = JSON.parse(fs.readFileSync(path.join(unpacked, 'package/package.json'), 'utf8'));
    const expected = structuredClone(repositoryManifest);
    for (const script of ['prepare', 'prepack', 'postpack']) delete expected.scripts[script];
    expect(published).toEqual(expected);
    for (const script of ['preinstall', 'install', 'postinstall', 'prepare']) expect(published.scripts).not.toHaveProperty(script);
  });

  it('gives npm no install script to run or to warn about', async () => {
    const installScripts = npmInstallScripts();
    const published = JSON.parse(fs.readFileSync(path.join(unpacked, 'package/package.json'), 'utf8'));
    expect(fs.existsSync(path.join(unpacked, 'package/binding.gyp'))).toBe(false);
    if (!installScripts) return; // an npm without allowScripts: the manifest check above is the rule it would apply
    // As npm 11 sees a package installed from a tarball or from git (not from the registry).
    const node = { package: published, path: path.join(unpacked, 'package'), isRegistryDependency: false };
    expect(await installScripts(node)).toEqual({});
    // ... and as it saw the package before: the test can fail.
    expect(await installScripts({ ...node, package: repositoryManifest })).toEqual({ prepare: 'npm run build' });
  });

  it('ships the built entry points, the hook definition and the docs a user reads, and no sources or tests', () => {
    const files = spawnSync('tar', ['-tzf', path.join(copy, packed.stdout.trim())], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map((file) => file.replace(/^package\//, ''));
    for (const file of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      '.pre-commit-hooks.yaml',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/cli/bin.js',
      'dist/src/eslint/plugin.js',
      'transforms/imds-endpoint.js',
      'esm/testing.mjs',
    ])
      expect(files).toContain(file);
    expect(files.filter((file) => !/^(dist\/src\/|esm\/|transforms\/|[^/]+$)/.test(file))).toEqual([]);
    expect(files.filter((file) => /\.test\.|^scripts\/|^src\//.test(file))).toEqual([]);
  });
});

describe('the clone', () => {
  it("still builds on `npm ci` / `npm install` (the README's first command, and pre-commit's install of the hook)", () => {
    expect(repositoryManifest.scripts.prepare).toBe('npm run build');
    expect(repositoryManifest.scripts.build).toMatch(/tsc -p tsconfig\.build\.json/);
  });
});

describe('the release the README points at', () => {
  const read = (file: string) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');

  it('pins the tag docs/release.md makes for this version, in the README and docs/precommit.md', () => {
    const tag = `v${version}`;
    for (const file of ['README.md', 'docs/precommit.md']) {
      const revs = [...read(file).matchAll(/^\s+rev: (\S+)$/gm)].map((match) => match[1]);
      expect(revs, file).toEqual([tag]);
    }
    expect(read('docs/release.md')).toMatch(/`git tag -a v\d+\.\d+\.\d+ -m "mi-codemod \d+\.\d+\.\d+"`/);
  });

  it('has a CHANGELOG.md section for this version, under an Unreleased one', () => {
    const headings = [...read('CHANGELOG.md').matchAll(/^## \[([^\]]+)\]/gm)].map((match) => match[1]);
    expect(headings[0]).toBe('Unreleased');
    expect(headings).toContain(version);
  });
});
