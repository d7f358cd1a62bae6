// The pre-commit case: one staged file, checked through the hooks as a project installs them. A scratch
// git repository (rebuilt on every run, under the system's temporary directory) holds one ordinary
// TypeScript file, one with a legacy call, and their JavaScript twins for ESLint; mi-codemod is installed
// in its node_modules the way `npm install` links a package (node_modules/mi-codemod and
// node_modules/.bin/mi-codemod, pointing at the benchmark's snapshot of dist/), and so are lint-staged
// and ESLint. pre-commit (the Python tool, when on PATH) runs a local hook with the entry and file pattern
// of .pre-commit-hooks.yaml: its own `language: node` would install the package from the network.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { planTree, renderFile } from './generate-tree.mjs';
import { commitAll } from './git.mjs';
import { LEGACY_SNIPPETS } from './legacy-snippets.mjs';

const git = (cwd, args) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** An ordinary generated file of `extension` of a few KB (an everyday source file), and the same with a legacy call appended. */
function sampleSources(extension) {
  const { entries } = planTree({ fileCount: 400, seed: 17 });
  const entry = entries.find(
    (candidate) =>
      candidate.kind === 'ordinary' && candidate.extension === extension && candidate.targetBytes > 3000 && candidate.targetBytes < 8000,
  );
  const clean = renderFile(entry, 17);
  const dialect = { typed: extension === 'ts', jsx: false, commonjs: false, siblings: [], taken: new Set() };
  const legacy = `${clean}\n${LEGACY_SNIPPETS['fetch-post-form'](dialect)}`;
  return { clean, legacy };
}

/** The pre-commit file pattern of the published hook (.pre-commit-hooks.yaml), so the local hook selects what it would. */
function publishedHookFiles(repoRoot) {
  const manifest = fs.readFileSync(path.join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
  const block = /files: \|\n((?: {4}.*\n)+)/.exec(manifest);
  if (!block) throw new Error('cannot read the files pattern of .pre-commit-hooks.yaml');
  return block[1].replace(/^ {4}/gm, ' '.repeat(10));
}

const ONE_RULE_CONFIG = `// ESLint with one core rule: the cost of ESLint itself on these files.
export default [{ files: ['**/*.js'], rules: { 'no-debugger': 'error' } }];
`;
const WITH_PLUGIN_CONFIG = `// The same, plus the plugin's recommended config (as the README shows it).
import miCodemod from 'mi-codemod/eslint-plugin';
export default [{ files: ['**/*.js'], rules: { 'no-debugger': 'error' } }, { files: ['**/*.js'], ...miCodemod.configs.recommended }];
`;

/** Writes the one-rule and with-plugin ESLint configs into `directory`; returns their paths. */
export function writeEslintConfigs(directory) {
  const oneRule = path.join(directory, 'one-rule.config.mjs');
  const withPlugin = path.join(directory, 'with-plugin.config.mjs');
  fs.writeFileSync(oneRule, ONE_RULE_CONFIG);
  fs.writeFileSync(withPlugin, WITH_PLUGIN_CONFIG);
  return { oneRule, withPlugin };
}

/** node_modules/<name> and its bin(s), linked as npm links an installed package. */
function linkPackage(project, name, packageDir, bins) {
  const target = path.join(project, 'node_modules', name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.symlinkSync(packageDir, target, 'dir');
  for (const [bin, relative] of Object.entries(bins)) {
    fs.mkdirSync(path.join(project, 'node_modules/.bin'), { recursive: true });
    fs.chmodSync(path.join(packageDir, relative), 0o755);
    fs.symlinkSync(path.join('..', name, relative), path.join(project, 'node_modules/.bin', bin));
  }
}

/**
 * Builds the scratch project in `directory` (replacing it): `packageDir` is the mi-codemod package to
 * install (a directory with package.json and dist/src). Returns the commands to time, each
 * `{ argv, stage, expect }`: `stage` is the file to have staged (alone) when it runs.
 */
export function makeLatencyProject({ directory, repoRoot, packageDir, hasPreCommit }) {
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(directory, { recursive: true });
  const ts = sampleSources('ts');
  const js = sampleSources('js');
  const write = (file, text) => fs.writeFileSync(path.join(directory, file), text);
  write('.gitignore', 'node_modules/\n');
  write('README.md', '# scratch project for the pre-commit latency rows\n');
  write(
    'package.json',
    `${JSON.stringify({ name: 'latency-scratch', private: true, 'lint-staged': { '*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'mi-codemod --check' } }, null, 2)}\n`,
  );
  write('lint-staged.noop.json', `${JSON.stringify({ '*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'true' })}\n`);
  const hook = (entry) =>
    `repos:\n  - repo: local\n    hooks:\n      - id: mi-codemod\n        name: mi-codemod\n        language: system\n        entry: ${entry}\n        files: |\n${publishedHookFiles(repoRoot)}`;
  write('.pre-commit-config.yaml', hook('node_modules/.bin/mi-codemod --check'));
  write('pre-commit.noop.yaml', hook('"true"'));
  const configs = writeEslintConfigs(directory);
  commitAll(directory, 'scratch');
  write('clean.ts', ts.clean);
  write('legacy.ts', ts.legacy);
  write('clean.js', js.clean);
  write('legacy.js', js.legacy);

  linkPackage(directory, 'mi-codemod', packageDir, { 'mi-codemod': 'dist/src/cli/bin.js' });
  linkPackage(directory, 'lint-staged', path.join(repoRoot, 'node_modules/lint-staged'), { 'lint-staged': 'bin/lint-staged.js' });
  linkPackage(directory, 'eslint', path.join(repoRoot, 'node_modules/eslint'), { eslint: 'bin/eslint.js' });
  const bin = (name) => path.join(directory, 'node_modules/.bin', name);
  const eslint = (config, file) => [process.execPath, bin('eslint'), '--no-config-lookup', '-c', config, file];

  const commands = {
    nodeStart: { argv: [process.execPath, '-e', '0'] },
    parseLegacy: { argv: [process.execPath, path.join(repoRoot, 'bench/lib/parse-one.cjs'), 'legacy.ts'] },
    checkClean: { argv: [bin('mi-codemod'), '--check', 'clean.ts'], expect: 0 },
    checkLegacy: { argv: [bin('mi-codemod'), '--check', 'legacy.ts'], expect: 1 },
    checkLegacyNoCache: { argv: [bin('mi-codemod'), '--check', 'legacy.ts'], expect: 1, env: { MI_CODEMOD_COMPILE_CACHE: '0' } },
    lintStagedNoop: { argv: [bin('lint-staged'), '--config', 'lint-staged.noop.json'], stage: 'clean.ts', expect: 0 },
    lintStagedClean: { argv: [bin('lint-staged')], stage: 'clean.ts', expect: 0 },
    lintStagedLegacy: { argv: [bin('lint-staged')], stage: 'legacy.ts', expect: 1 },
    ...(hasPreCommit
      ? {
          preCommitNoop: { argv: ['pre-commit', 'run', '--config', 'pre-commit.noop.yaml'], stage: 'clean.ts', expect: 0 },
          preCommitClean: { argv: ['pre-commit', 'run'], stage: 'clean.ts', expect: 0 },
          preCommitLegacy: { argv: ['pre-commit', 'run'], stage: 'legacy.ts', expect: 1 },
        }
      : {}),
    eslintOneRule: { argv: eslint(configs.oneRule, 'clean.js'), expect: 0 },
    eslintPluginClean: { argv: eslint(configs.withPlugin, 'clean.js'), expect: 0 },
    eslintPluginLegacy: { argv: eslint(configs.withPlugin, 'legacy.js'), expect: 1 },
  };
  return { commands, stage: (file) => stageOnly(directory, file) };
}

/** Leaves exactly `file` staged (nothing when undefined). */
function stageOnly(directory, file) {
  git(directory, ['reset', '-q']);
  if (file) git(directory, ['add', file]);
}
