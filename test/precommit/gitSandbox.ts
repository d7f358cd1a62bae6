// A throwaway git repository under os.tmpdir() for hook tests: git with a fixed identity and no user or
// system configuration (a global core.hooksPath or commit.gpgsign would change what is tested).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository under test (this project) and its built command line. */
export const PROJECT_ROOT = path.resolve(__dirname, '../..');
export const CLI_BIN = path.join(PROJECT_ROOT, 'dist/src/cli/bin.js');

/** The outcome of one command: exit status and what it printed. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together (git prints hook output on stderr). */
  output: string;
}

/** This process's environment without git's per-repository variables, colours, or user configuration. */
export function isolatedEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || key.startsWith('GIT_') || key === 'FORCE_COLOR' || key === 'NO_COLOR') continue;
    env[key] = value;
  }
  return { ...env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', ...extra };
}

/** Runs `command` in `cwd` without a shell; never throws on a non-zero exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = isolatedEnv(),
): CommandResult {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: result.stdout + result.stderr };
}

/** A git repository in a fresh temporary directory, with one initial commit. */
export class GitSandbox {
  readonly root: string;

  constructor(prefix = 'mi-codemod-hook-') {
    this.root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    this.gitOrThrow('init', '-q', '-b', 'main');
    this.gitOrThrow('config', 'user.name', 'Hook Test');
    this.gitOrThrow('config', 'user.email', 'hook-test@example.invalid');
    this.gitOrThrow('config', 'core.autocrlf', 'false');
    this.gitOrThrow('config', 'commit.gpgsign', 'false');
    this.write('README.txt', 'sandbox\n');
    this.gitOrThrow('add', 'README.txt');
    this.gitOrThrow('commit', '-q', '--no-verify', '-m', 'initial');
  }

  /** Runs git in the sandbox; never throws on a non-zero exit. */
  git(...args: string[]): CommandResult {
    return runCommand('git', args, this.root);
  }

  /** Runs git in the sandbox and returns its stdout; throws when it fails. */
  gitOrThrow(...args: string[]): string {
    const result = this.git(...args);
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status}):\n${result.output}`);
    return result.stdout;
  }

  /** Writes a file (path relative to the sandbox), creating its directories. */
  write(relativePath: string, content: string): void {
    const file = path.join(this.root, relativePath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }

  read(relativePath: string): string {
    return fs.readFileSync(path.join(this.root, relativePath), 'utf8');
  }

  /** Installs `.git/hooks/pre-commit` with the given shell script text. */
  installPreCommitHook(script: string): void {
    const hook = path.join(this.root, '.git/hooks/pre-commit');
    fs.mkdirSync(path.dirname(hook), { recursive: true });
    fs.writeFileSync(hook, script, { mode: 0o755 });
  }

  /** Stages the files and tries to commit them, running the hooks. */
  commit(message: string, ...files: string[]): CommandResult {
    if (files.length > 0) this.gitOrThrow('add', '--', ...files);
    return this.git('commit', '-m', message);
  }

  /** How many commits HEAD has (the initial one counts). */
  commitCount(): number {
    return Number(this.gitOrThrow('rev-list', '--count', 'HEAD').trim());
  }

  remove(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
