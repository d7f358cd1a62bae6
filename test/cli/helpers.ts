// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/io';

/** A fresh directory under os.tmpdir(), removed by the returned cleanup. */
export function makeTempDir(prefix = 'mi-codemod-cli-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Writes `files` (relative path → content) under `root`, creating directories. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** The environment without git's hook variables (GIT_DIR and friends), so git acts on `cwd` only. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_') && key !== 'FORCE_COLOR' && key !== 'NO_COLOR') env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs git in `cwd` with a fixed identity; throws on failure. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=Test',
      '-c',
      'user.email=test@example.invalid',
      '-c',
      'init.defaultBranch=main',
      '-c',
      'core.autocrlf=false',
      ...args,
    ],
    {
      cwd,
      env: cleanEnv(),
      encoding: 'utf8',
    },
  );
}

/** Initialises a repository in `root` and commits everything in it. */
export function initCommittedRepo(root: string): void {
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'initial');
}

export interface CapturedIO extends CliIO {
  out(): string;
  err(): string;
}

/** In-memory stdout/stderr for run(); not terminals unless asked. */
export function captureIO(
  cwd: string,
  options: { stdoutTTY?: boolean; stderrTTY?: boolean; env?: Record<string, string> } = {},
): CapturedIO {
  let stdout = '';
  let stderr = '';
  return {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.stdoutTTY ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.stderrTTY ?? false },
    cwd,
    env: options.env ?? {},
    out: () => stdout,
    err: () => stderr,
  };
}

export const BIN = path.resolve(__dirname, '../../dist/src/cli/bin.js');

/** Spawns the built CLI (`node dist/src/cli/bin.js`) in `cwd`. */
export function runBin(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv({ CI: 'true', ...env }), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The last non-empty line of a text. */
export function lastLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

export const LEGACY_FETCH =
  "const r = await fetch('http://localhost:50342/oauth2/token?resource=https://management.azure.com/', { headers: { Metadata: 'true' } });";
export const MIGRATED_FETCH =
  "const r = await fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/', { headers: { Metadata: 'true' } });";
