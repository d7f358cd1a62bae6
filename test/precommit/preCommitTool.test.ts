// The real `pre-commit` tool (Debian's package; PyPI is not reachable here) running our hook definition.
// Mostly a `repo: local` copy of .pre-commit-hooks.yaml's hook, with `language: system` and the built bin,
// so no npm install happens: what is tested is pre-commit applying our `files` pattern (Python `re`) and
// `require_serial`, passing the staged files, hiding unstaged changes, and reading our exit code. The last
// test installs the hook as a user does, from the README's configuration: pre-commit clones a repository
// (here a copy of this work tree, tagged with the README's `rev`), runs `npm install` (prepare builds
// dist/), `npm pack` and installs the tarball. npm reads its cache first and asks the npm registry only for
// what is not there (npm_config_prefer_offline).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLI_BIN, GitSandbox, PROJECT_ROOT, isolatedEnv, runCommand } from './gitSandbox';
import { readHookManifest } from './hookManifest';
import { CLEAN_TS, COMMENT_ONLY_TS, LEGACY_FETCH_TS, LEGACY_MARKDOWN } from './samples';
import { copyWorkTree } from './workTreeCopy';

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

  it('prints one report, one summary and one exit line for a run over many files', () => {
    // More files than pre-commit puts in one batch per CPU: without require_serial, two processes report.
    const files = Array.from({ length: 12 }, (_, index) => `src/token${index}.ts`);
    for (const file of files) repo.write(file, LEGACY_FETCH_TS);
    repo.gitOrThrow('add', '--', ...files);
    const result = runCommand('pre-commit', ['run', '--all-files'], repo.root, env());

    expect(result.status).toBe(1);
    // The sandbox's .pre-commit-config.yaml is scanned too (YAML is read for configuration values).
    expect(result.output.match(/^mi-codemod: .*scanned.*$/gm)).toEqual([
      'mi-codemod: 13 files scanned, 24 findings in 12 files: 12 fixable (run without --check to fix them), 12 advisories.',
    ]);
    expect(result.output.match(/^exit \d+:.*$/gm)).toEqual(['exit 1: 12 errors found']);
    // One process lists the files in order.
    const listed = [...result.output.matchAll(/^(src\/token\d+\.ts)$/gm)].map((match) => match[1]);
    expect(listed).toEqual([...files].sort());
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

describe.runIf(hasPreCommit)("the README's pre-commit configuration, installed as pre-commit installs it", () => {
  let workDir: string;

  beforeAll(() => {
    workDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'mi-codemod-pre-commit-install-')));
  });
  afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

  it('clones the tagged repository, builds and packs it, and checks the files in one run', () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const config = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(config).toBeDefined();
    const rev = /^\s+rev: (\S+)$/m.exec(config!)![1];

    // The repository at the README's rev: this work tree, committed and tagged as docs/release.md says.
    const hookRepository = path.join(workDir, 'mi-codemod');
    copyWorkTree(hookRepository, { linkNodeModules: false });
    const git = (cwd: string, ...args: string[]) => {
      const result = runCommand('git', ['-c', 'user.name=Release', '-c', 'user.email=release@example.invalid', ...args], cwd);
      expect(result.status, result.output).toBe(0);
    };
    git(hookRepository, 'init', '-q', '-b', 'main');
    git(hookRepository, 'add', '-A');
    git(hookRepository, 'commit', '-q', '-m', 'Release');
    git(hookRepository, 'tag', '-a', rev, '-m', `mi-codemod ${rev}`);

    const repo = new GitSandbox('mi-codemod-pre-commit-user-');
    try {
      repo.write('.pre-commit-config.yaml', config!.replace(/^(\s+- repo: ).*$/m, `$1${hookRepository}`));
      const files = Array.from({ length: 10 }, (_, index) => `src/token${index}.ts`);
      for (const file of files) repo.write(file, LEGACY_FETCH_TS);
      repo.write('src/answer.ts', CLEAN_TS);
      repo.gitOrThrow('add', '-A');
      // Without the npm_* variables `npm test` sets: pre-commit's npm must see a user's environment.
      const userEnv = Object.fromEntries(Object.entries(isolatedEnv()).filter(([key]) => !/^npm_/i.test(key)));
      const result = runCommand('pre-commit', ['run', '--all-files'], repo.root, {
        ...userEnv,
        PRE_COMMIT_HOME: path.join(workDir, 'cache'),
        PRE_COMMIT_COLOR: 'never',
        npm_config_prefer_offline: 'true',
      });

      expect(result.status, result.output).toBe(1);
      expect(result.output).toMatch(/mi-codemod \(retired Managed Identity VM extension\)\.+Failed/);
      expect(result.output).toMatch(/src\/token0\.ts\n {2}2:\d+ +error +legacy-endpoint .* Would be rewritten to IMDS/);
      // .pre-commit-config.yaml is scanned too (YAML is read for configuration values).
      expect(result.output.match(/^mi-codemod: .*scanned.*$/gm)).toEqual([
        'mi-codemod: 12 files scanned, 20 findings in 10 files: 10 fixable (run without --check to fix them), 10 advisories.',
      ]);
      expect(result.output.match(/^exit \d+:.*$/gm)).toEqual(['exit 1: 10 errors found']);
      // What pre-commit installed is the tarball npm pack made: its package.json has no `prepare`.
      const installed = fs
        .readdirSync(path.join(workDir, 'cache'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith(path.join('node_modules', 'mi-codemod', 'package.json')));
      expect(installed.length, result.output).toBe(1);
      const manifest = JSON.parse(fs.readFileSync(path.join(workDir, 'cache', installed[0]), 'utf8'));
      expect(manifest.scripts.prepare).toBeUndefined();
    } finally {
      repo.remove();
    }
  }, 600_000);
});
