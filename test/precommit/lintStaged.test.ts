// lint-staged (a devDependency of this project) running the configuration docs/precommit.md prints,
// from a git pre-commit hook, as husky would. `mi-codemod` resolves from the sandbox's node_modules/.bin
// like an installed package; there it is a shim for the freshly built bin.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_BIN, GitSandbox, PROJECT_ROOT } from './gitSandbox';
import { CLEAN_TS, COMMENT_ONLY_TS, LEGACY_FETCH_TS } from './samples';

const LINT_STAGED_BIN = path.join(PROJECT_ROOT, 'node_modules/lint-staged/bin/lint-staged.js');

/** The `"lint-staged"` object of the first ```json block in docs/precommit.md that has one. */
function documentedLintStagedConfig(): Record<string, string> {
  const docs = fs.readFileSync(path.join(PROJECT_ROOT, 'docs/precommit.md'), 'utf8');
  for (const block of docs.matchAll(/```json\n([\s\S]*?)```/g)) {
    const parsed = JSON.parse(block[1]) as { 'lint-staged'?: Record<string, string> };
    if (parsed['lint-staged']) return parsed['lint-staged'];
  }
  throw new Error('docs/precommit.md has no ```json block with a "lint-staged" key');
}

/** lint-staged forces colour on its tasks; the assertions read plain text. */
function withoutAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

describe('lint-staged with the configuration from docs/precommit.md', () => {
  let repo: GitSandbox;

  beforeEach(() => {
    repo = new GitSandbox('mi-codemod-lint-staged-');
    repo.write('.gitignore', 'node_modules/\n');
    repo.write('package.json', `${JSON.stringify({ name: 'app', private: true, 'lint-staged': documentedLintStagedConfig() }, null, 2)}\n`);
    repo.gitOrThrow('add', '.gitignore', 'package.json');
    repo.gitOrThrow('commit', '-q', '--no-verify', '-m', 'lint-staged config');
    repo.write('node_modules/.bin/mi-codemod', `#!/bin/sh\nexec ${quote(process.execPath)} ${quote(CLI_BIN)} "$@"\n`);
    fs.chmodSync(path.join(repo.root, 'node_modules/.bin/mi-codemod'), 0o755);
    repo.installPreCommitHook(`#!/bin/sh\nexec ${quote(process.execPath)} ${quote(LINT_STAGED_BIN)}\n`);
  });
  afterEach(() => repo.remove());

  it('is the documented glob and command', () => {
    expect(documentedLintStagedConfig()).toEqual({ '*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}': 'mi-codemod --check' });
  });

  it('refuses a commit with a legacy token request and prints file and line', () => {
    repo.write('src/token.ts', LEGACY_FETCH_TS);
    const result = repo.commit('add token', 'src/token.ts');

    expect(result.status).not.toBe(0);
    expect(repo.commitCount()).toBe(2);
    expect(withoutAnsi(result.output)).toMatch(/src\/token\.ts\n {2}2:\d+ +error +legacy-endpoint /);
    expect(repo.read('src/token.ts')).toBe(LEGACY_FETCH_TS);
  });

  it('lets clean code and a comment about the old endpoint commit', () => {
    repo.write('src/answer.ts', CLEAN_TS);
    repo.write('src/history.mts', COMMENT_ONLY_TS);
    const result = repo.commit('add two', 'src/answer.ts', 'src/history.mts');

    expect(result.status, result.output).toBe(0);
    expect(repo.commitCount()).toBe(3);
  });

  it('checks what is staged while unstaged edits are hidden, and gives them back', () => {
    repo.write('src/token.ts', CLEAN_TS);
    repo.gitOrThrow('add', 'src/token.ts');
    repo.write('src/token.ts', LEGACY_FETCH_TS);
    const result = repo.git('commit', '-m', 'clean version staged');

    expect(result.status, result.output).toBe(0);
    expect(repo.gitOrThrow('show', 'HEAD:src/token.ts')).toBe(CLEAN_TS);
    expect(repo.read('src/token.ts')).toBe(LEGACY_FETCH_TS);
  });
});
