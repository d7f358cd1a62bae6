// The real `pre-commit` tool (Debian's package; PyPI is not reachable here) running our hook definition.
// A `repo: local` copy of .pre-commit-hooks.yaml's hook, with `language: system` and the built bin, so
// no npm install happens: what is tested is pre-commit applying our `files` pattern (Python `re`),
// passing the staged files, hiding unstaged changes, and reading our exit code. The `language: node`
// install itself (npm install + prepare, then npm pack) is covered by docs/precommit.md's manual check.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_BIN, GitSandbox, isolatedEnv, runCommand } from './gitSandbox';
import { readHookManifest } from './hookManifest';
import { CLEAN_TS, COMMENT_ONLY_TS, LEGACY_FETCH_TS, LEGACY_MARKDOWN } from './samples';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

/** .pre-commit-config.yaml with our hook as a local, system-language hook running the built bin. */
function localConfig(): string {
  const hook = readHookManifest().find((candidate) => candidate.id === 'mi-codemod')!;
  const entry = hook.entry.replace(/^mi-codemod\b/, `${process.execPath} ${CLI_BIN}`);
  const files = hook.files
    .trimEnd()
    .split('\n')
    .map((line) => `          ${line}`)
    .join('\n');
  return [
    'repos:',
    '  - repo: local',
    '    hooks:',
    `      - id: ${hook.id}`,
    `        name: ${hook.name}`,
    '        language: system',
    `        entry: ${entry}`,
    `        require_serial: ${hook.require_serial}`,
    '        files: |',
    files,
    '',
  ].join('\n');
}

describe.runIf(hasPreCommit)('the mi-codemod hook under the pre-commit tool', () => {
  let preCommitHome: string;
  let repo: GitSandbox;

  beforeAll(() => {
    preCommitHome = fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-pre-commit-home-'));
  });
  afterAll(() => fs.rmSync(preCommitHome, { recursive: true, force: true }));

  beforeEach(() => {
    repo = new GitSandbox('mi-codemod-pre-commit-');
    repo.write('.pre-commit-config.yaml', localConfig());
    repo.gitOrThrow('add', '.pre-commit-config.yaml');
    repo.gitOrThrow('commit', '-q', '--no-verify', '-m', 'pre-commit config');
    const install = runCommand('pre-commit', ['install'], repo.root, env());
    expect(install.status, install.output).toBe(0);
  });
  afterEach(() => repo.remove());

  function env(): Record<string, string> {
    return isolatedEnv({ PRE_COMMIT_HOME: preCommitHome, PRE_COMMIT_COLOR: 'never' });
  }
  function commit(message: string, ...files: string[]) {
    repo.gitOrThrow('add', '--', ...files);
    return runCommand('git', ['commit', '-m', message], repo.root, env());
  }

  it('accepts the manifest', () => {
    const result = runCommand(
      'pre-commit',
      ['validate-manifest', path.resolve(__dirname, '../../.pre-commit-hooks.yaml')],
      repo.root,
      env(),
    );
    expect(result.status, result.output).toBe(0);
  });

  it('refuses a commit with a legacy token request and prints file and line', () => {
    repo.write('src/token.ts', LEGACY_FETCH_TS);
    const result = commit('add token', 'src/token.ts');

    expect(result.status).not.toBe(0);
    expect(repo.commitCount()).toBe(2);
    expect(result.output).toMatch(/mi-codemod \(retired Managed Identity VM extension\)\.+Failed/);
    expect(result.output).toMatch(/src\/token\.ts\n {2}2:\d+ +error +legacy-endpoint /);
  });

  it('lets clean code, a comment about the old endpoint, and Markdown that mentions it commit together', () => {
    repo.write('src/answer.ts', CLEAN_TS);
    repo.write('src/history.ts', COMMENT_ONLY_TS);
    repo.write('docs/tokens.md', LEGACY_MARKDOWN);
    const result = commit('add three', 'src/answer.ts', 'src/history.ts', 'docs/tokens.md');

    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/\.+Passed/);
    expect(repo.commitCount()).toBe(3);
  });

  it('skips the hook when no staged file is of a kind the tool reads', () => {
    repo.write('notes.txt', 'http://localhost:50342/oauth2/token\n');
    const result = commit('add notes', 'notes.txt');

    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/\(no files to check\)Skipped/);
  });

  it('checks what is staged, not the unstaged edits on top of it', () => {
    repo.write('src/token.ts', CLEAN_TS);
    repo.gitOrThrow('add', 'src/token.ts');
    repo.write('src/token.ts', LEGACY_FETCH_TS);
    const passes = runCommand('git', ['commit', '-m', 'clean version staged'], repo.root, env());
    expect(passes.status, passes.output).toBe(0);
    expect(repo.read('src/token.ts')).toBe(LEGACY_FETCH_TS);

    repo.gitOrThrow('add', 'src/token.ts');
    repo.write('src/token.ts', CLEAN_TS);
    const refused = runCommand('git', ['commit', '-m', 'legacy version staged'], repo.root, env());
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/src\/token\.ts\n {2}2:\d+ +error +legacy-endpoint /);
    expect(repo.read('src/token.ts')).toBe(CLEAN_TS);
  });
});
