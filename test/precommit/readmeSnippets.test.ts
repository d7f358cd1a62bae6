// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// The README's and docs/eslint.md's snippets, copied out of the Markdown as written, in a scratch project
// where mi-codemod comes from `npm pack` (test/api/scratchProject.ts): every ESLint flat config in a
// `"type": "commonjs"` package (what `npm init -y` writes; a package without a type is the same) and a
// `"type": "module"` one, and the README's lint-staged configuration under a real git commit. Issue 17, item 1: the
// README's `eslint.config.js` used `import`, which fails in a CommonJS package.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchProject, makeTempDir, packTarball, run, scratchEnv, type ScratchProject } from '../api/scratchProject';
import { GitSandbox, PROJECT_ROOT } from './gitSandbox';
import { CLEAN_TS, LEGACY_FETCH_TS } from './samples';

/** A legacy request in plain JavaScript (CommonJS), linted by ESLint's default parser. */
const LEGACY_JS = [
  "const https = require('node:http');",
  '',
  'module.exports.graphToken = (done) =>',
  "  https.get('http://localhost:50342/oauth2/token?resource=https://graph.microsoft.com/', { headers: { Metadata: 'true' } }, done);",
  '',
].join('\n');

/** Code blocks of a Markdown file whose first line is `// <name>` for a file name matching `namePattern`. */
function namedBlocks(markdownPath: string, namePattern: RegExp): Array<{ source: string; name: string; text: string }> {
  const markdown = fs.readFileSync(path.join(PROJECT_ROOT, markdownPath), 'utf8');
  const blocks: Array<{ source: string; name: string; text: string }> = [];
  for (const match of markdown.matchAll(/```(?:js|json)\n\/\/ (\S+)[^\n]*\n([\s\S]*?)```/g)) {
    if (namePattern.test(match[1])) blocks.push({ source: markdownPath, name: match[1], text: `// ${match[1]}\n${match[2]}` });
  }
  return blocks;
}

const ESLINT_CONFIGS = [...namedBlocks('README.md', /^eslint\.config\./), ...namedBlocks('docs/eslint.md', /^eslint\.config\./)];
const PACKAGE_TYPES: Array<{ label: string; fields: Record<string, string> }> = [
  { label: '"type": "commonjs" (npm init -y)', fields: { type: 'commonjs' } },
  { label: '"type": "module"', fields: { type: 'module' } },
];

let workDir: string;
let tarball: string;
beforeAll(() => {
  workDir = makeTempDir('mi-codemod-readme-');
  tarball = packTarball(workDir);
}, 120_000);
afterAll(() => {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

describe('the ESLint configurations of README.md and docs/eslint.md, from the packed package', () => {
  let project: ScratchProject;
  const eslint = (args: string[]) => project.node(['node_modules/eslint/bin/eslint.js', ...args]);

  beforeAll(() => {
    project = createScratchProject(path.join(workDir, 'eslint'), tarball, ['eslint', '@typescript-eslint/parser']);
  });

  it('are there: ESM and CommonJS forms, each named so that it works in any package', () => {
    expect(ESLINT_CONFIGS.filter((block) => block.source === 'README.md').map((block) => block.name)).toEqual([
      'eslint.config.mjs',
      'eslint.config.cjs',
    ]);
    // A plain .js config depends on the package's "type": no snippet may be one.
    expect(ESLINT_CONFIGS.map((block) => block.name).filter((name) => !/\.[cm]js$/.test(name))).toEqual([]);
    expect(ESLINT_CONFIGS.length).toBeGreaterThanOrEqual(4);
  });

  ESLINT_CONFIGS.forEach((config, index) => {
    // A configuration without the TypeScript parser is for JavaScript only.
    const files = config.text.includes('@typescript-eslint/parser') ? ['token.ts', 'graph.cjs'] : ['graph.cjs'];
    for (const packageType of PACKAGE_TYPES) {
      it(`${config.source}'s ${config.name} #${index + 1} (${config.text.includes('require(') ? 'CommonJS' : 'ESM'}) works in a package with ${packageType.label}`, () => {
        project.setPackageJson(packageType.fields);
        for (const name of fs.readdirSync(project.root).filter((file) => file.startsWith('eslint.config.')))
          fs.rmSync(path.join(project.root, name));
        project.write(config.name, config.text);
        project.write('src/token.ts', LEGACY_FETCH_TS);
        project.write('src/graph.cjs', LEGACY_JS);

        const linted = eslint(['--format', 'json', ...files.map((file) => `src/${file}`)]);
        expect(linted.status, linted.output).toBe(1);
        const results = JSON.parse(linted.stdout) as Array<{
          filePath: string;
          messages: Array<{ ruleId: string; message: string; fix?: unknown }>;
        }>;
        for (const file of files) {
          const result = results.find((candidate) => candidate.filePath.endsWith(`${path.sep}${file}`))!;
          const legacy = result.messages.find((message) => message.ruleId === 'mi-codemod/no-vm-extension-endpoint');
          expect(legacy, `${file}: ${JSON.stringify(result.messages)}`).toBeDefined();
          // Nothing is fixed yet: the message says what --fix would do.
          expect(legacy!.message).toMatch(
            /\. Would be rewritten to IMDS \(http:\/\/169\.254\.169\.254\/metadata\/identity\/oauth2\/token\?api-version=2018-02-01\)\.$/,
          );
          expect(legacy!.fix).toBeDefined();
        }
      });
    }
  });

  it('--fix, under the first of them, writes the migrated files', () => {
    project.setPackageJson({ type: 'commonjs' });
    for (const name of fs.readdirSync(project.root).filter((file) => file.startsWith('eslint.config.')))
      fs.rmSync(path.join(project.root, name));
    project.write(ESLINT_CONFIGS[0].name, ESLINT_CONFIGS[0].text);
    project.write('src/token.ts', LEGACY_FETCH_TS);
    project.write('src/graph.cjs', LEGACY_JS);
    const fixed = eslint(['--fix', 'src']);
    expect(fixed.status, fixed.output).toBe(0); // the no-timeout advisories are warnings
    expect(project.read('src/token.ts')).toContain(
      "fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/'",
    );
    expect(project.read('src/graph.cjs')).toContain(
      "'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=",
    );
  });

  it('(the failure the README used to lead to: an eslint.config.js with `import` in a CommonJS package)', () => {
    project.setPackageJson({ type: 'commonjs' });
    for (const name of fs.readdirSync(project.root).filter((file) => file.startsWith('eslint.config.')))
      fs.rmSync(path.join(project.root, name));
    project.write('eslint.config.js', ESLINT_CONFIGS.find((block) => block.name === 'eslint.config.mjs')!.text);
    const linted = eslint(['src']);
    expect(linted.status).toBe(2);
    expect(linted.output).toContain('Cannot use import statement outside a module');
  });
});

describe("the README's lint-staged configuration, from the packed package", () => {
  let repo: GitSandbox;

  beforeAll(() => {
    repo = new GitSandbox('mi-codemod-readme-lint-staged-');
    createScratchProject(repo.root, tarball, ['lint-staged']);
    const [block] = [...fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8').matchAll(/```json\n([\s\S]*?)```/g)]
      .map((match) => JSON.parse(match[1]) as { 'lint-staged'?: Record<string, string> })
      .filter((parsed) => parsed['lint-staged']);
    expect(block).toBeDefined();
    repo.write('package.json', `${JSON.stringify({ name: 'scratch', private: true, ...block }, null, 2)}\n`);
    repo.write('.gitignore', 'node_modules/\n');
    repo.gitOrThrow('add', 'package.json', '.gitignore');
    repo.gitOrThrow('commit', '-q', '--no-verify', '-m', 'lint-staged config');
    // What husky's hook runs: `npx lint-staged`, resolved in the project's node_modules.
    repo.installPreCommitHook(`#!/bin/sh\nexec "${process.execPath}" node_modules/lint-staged/bin/lint-staged.js\n`);
  });
  afterAll(() => repo?.remove());

  it('refuses a commit of a legacy token request, and lets clean code through', () => {
    const commit = (message: string, file: string, content: string) => {
      repo.write(file, content);
      repo.gitOrThrow('add', file);
      return run('git', ['commit', '-m', message], repo.root, scratchEnv({ GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }));
    };
    const refused = commit('legacy', 'src/token.ts', LEGACY_FETCH_TS);
    expect(refused.status, refused.output).not.toBe(0);
    expect(refused.output).toMatch(/mi-codemod --check/);
    expect(refused.output).toMatch(
      /2:\d+ +error +legacy-endpoint +Token request to the retired Managed Identity VM extension \(fetch\)\. Would be rewritten/,
    );
    expect(repo.commitCount()).toBe(2);

    repo.gitOrThrow('rm', '-q', '--cached', 'src/token.ts');
    const passed = commit('clean', 'src/answer.ts', CLEAN_TS);
    expect(passed.status, passed.output).toBe(0);
    expect(repo.commitCount()).toBe(3);
  });
});
