// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI_BIN, GitSandbox, runCommand } from './gitSandbox';
import { documentedGitHook, runnableGitHook } from './hookScript';
import { CLEAN_TS, COMMENT_ONLY_TS, LEGACY_FETCH_TS, LEGACY_MARKDOWN } from './samples';

describe('the plain git pre-commit hook from docs/precommit.md', () => {
  let repo: GitSandbox;

  beforeEach(() => {
    repo = new GitSandbox();
    repo.installPreCommitHook(runnableGitHook());
  });
  afterEach(() => repo.remove());

  it('is the staged-files pipeline that pre-commit and lint-staged also use', () => {
    expect(documentedGitHook()).toContain(
      'git diff --cached --name-only --diff-filter=ACMR -z | xargs -0 -r npx --no -- mi-codemod --check',
    );
  });

  it("ends npx's own options with -- (without it, npm reads `--no mi-codemod` as one option and runs the tool in fix mode)", () => {
    expect(documentedGitHook()).toMatch(/npx --no -- mi-codemod --check/);
  });

  it('refuses a commit that stages a legacy token request and names its file and line', () => {
    repo.write('src/token.ts', LEGACY_FETCH_TS);
    const result = repo.commit('add token', 'src/token.ts');

    expect(result.status).not.toBe(0);
    expect(repo.commitCount()).toBe(1);
    expect(result.output).toMatch(/src\/token\.ts\n {2}2:\d+ +error +legacy-endpoint /);
    expect(result.output).toContain('exit 1: 1 error found');
  });

  it('refuses the commit when only one of several staged files is legacy, file names with spaces included', () => {
    repo.write('src/clean file.ts', CLEAN_TS);
    repo.write('src/legacy token.ts', LEGACY_FETCH_TS);
    const result = repo.commit('add two', 'src/clean file.ts', 'src/legacy token.ts');

    expect(result.status).not.toBe(0);
    expect(repo.commitCount()).toBe(1);
    expect(result.output).toMatch(/src\/legacy token\.ts\n {2}2:\d+ +error +legacy-endpoint /);
    expect(result.output).toContain('2 files scanned');
  });

  it('lets a clean file commit', () => {
    repo.write('src/answer.ts', CLEAN_TS);
    const result = repo.commit('add answer', 'src/answer.ts');

    expect(result.status, result.output).toBe(0);
    expect(repo.commitCount()).toBe(2);
  });

  it('lets a file commit whose only mention of localhost:50342 is a comment', () => {
    repo.write('src/history.ts', COMMENT_ONLY_TS);
    const result = repo.commit('add history', 'src/history.ts');

    expect(result.status, result.output).toBe(0);
    expect(repo.commitCount()).toBe(2);
    expect(result.output).toContain('nothing to migrate');
  });

  it('lets Markdown that mentions the old URL commit, reporting it as info', () => {
    repo.write('docs/tokens.md', LEGACY_MARKDOWN);
    const result = repo.commit('add docs', 'docs/tokens.md');

    expect(result.status, result.output).toBe(0);
    expect(repo.commitCount()).toBe(2);
    expect(result.output).toMatch(/docs\/tokens\.md\n {2}3:\d+ +info +legacy-endpoint /);
  });

  it('lets code migrated by the fix mode commit, although warnings remain', () => {
    repo.write('src/token.ts', LEGACY_FETCH_TS);
    repo.gitOrThrow('add', 'src/token.ts');
    const fix = runCommand(process.execPath, [CLI_BIN, 'src/token.ts'], repo.root);
    expect(fix.status, fix.output).toBe(0);
    expect(repo.read('src/token.ts')).toContain(
      "fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/'",
    );
    expect(fix.output).toMatch(/src\/token\.ts:2:\d+ +no-timeout /);

    const result = repo.commit('migrate token', 'src/token.ts');

    expect(result.status, result.output).toBe(0);
    expect(repo.commitCount()).toBe(2);
    expect(repo.gitOrThrow('show', 'HEAD:src/token.ts')).toContain('169.254.169.254/metadata/identity/oauth2/token');
  });

  it('checks only the staged files, so a legacy file committed earlier does not block an unrelated commit', () => {
    repo.write('src/token.ts', LEGACY_FETCH_TS);
    repo.gitOrThrow('add', 'src/token.ts');
    repo.gitOrThrow('commit', '-q', '--no-verify', '-m', 'legacy, before the hook');
    repo.write('notes.txt', 'unrelated\n');
    const result = repo.commit('add notes', 'notes.txt');

    expect(result.status, result.output).toBe(0);
    expect(repo.commitCount()).toBe(3);
    expect(result.output).not.toContain('legacy-endpoint');
  });

  it('does not check a staged deletion', () => {
    repo.write('src/token.ts', LEGACY_FETCH_TS);
    repo.gitOrThrow('add', 'src/token.ts');
    repo.gitOrThrow('commit', '-q', '--no-verify', '-m', 'legacy, before the hook');
    repo.gitOrThrow('rm', '-q', 'src/token.ts');
    const result = repo.git('commit', '-m', 'remove the legacy module');

    expect(result.status, result.output).toBe(0);
    expect(repo.commitCount()).toBe(3);
  });
});
