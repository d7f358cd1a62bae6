// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// Runs the built CLI (node dist/src/cli/bin.js) in a directory, optionally with preloads and as an
// unprivileged user, and builds temporary trees for it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BIN = path.resolve(__dirname, '../../../dist/src/cli/bin.js');
export const PRELOADS = path.resolve(__dirname, 'preloads');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Preload scripts from support/preloads (file names), loaded with --require. */
  preloads?: string[];
  env?: Record<string, string>;
  /** Run as the unprivileged user `nobody` (through setpriv when the tests run as root). */
  unprivileged?: boolean;
}

/** The environment without git hook variables or colour settings, with CI set (no progress bar). */
function cleanEnv(options: CliOptions): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('GIT_') && !['FORCE_COLOR', 'NO_COLOR', 'NODE_OPTIONS'].includes(key)) env[key] = value;
  }
  const requires = (options.preloads ?? []).map((name) => `--require ${path.join(PRELOADS, name)}`).join(' ');
  return { ...env, CI: 'true', ...(requires ? { NODE_OPTIONS: requires } : {}), ...options.env };
}

const NOBODY = 65534;

/** How an unprivileged run is made here: directly (not root), through setpriv (root), or not at all. */
export function unprivilegedMethod(): 'direct' | 'setpriv' | 'none' {
  // MI_RELIABILITY_FAULTS_ONLY=1 exercises the fault-injection path even where setpriv exists.
  if (process.env.MI_RELIABILITY_FAULTS_ONLY === '1') return 'none';
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return 'direct';
  const probe = spawnSync('setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', 'true']);
  return probe.status === 0 ? 'setpriv' : 'none';
}

function command(args: string[], options: CliOptions): [string, string[]] {
  if (options.unprivileged && unprivilegedMethod() === 'setpriv') {
    return ['setpriv', [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', process.execPath, BIN, ...args]];
  }
  return [process.execPath, [BIN, ...args]];
}

/** Runs the CLI to completion. */
export function runCli(cwd: string, args: string[], options: CliOptions = {}): CliRun {
  const [file, argv] = command(args, options);
  const result = spawnSync(file, argv, { cwd, env: cleanEnv(options), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the CLI and returns the child; `done` resolves when it exits. */
export function startCli(cwd: string, args: string[], options: CliOptions = {}): { child: ChildProcess; done: Promise<CliRun> } {
  const [file, argv] = command(args, options);
  const child = spawn(file, argv, { cwd, env: cleanEnv(options) });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** A fresh directory (real path) for one test. */
export function makeTempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** Writes `files` (relative path → content) under `root`. */
export function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** Every file under `root` (relative, sorted), not following symlinks. */
export function listTree(root: string): string[] {
  const found: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else found.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return found.sort();
}

/** Reads a JSON-lines log written by a preload (empty when the file does not exist). */
export function readLog<T>(file: string): T[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** The last non-empty line of a text. */
export function lastLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

export const RESOURCE = 'https://management.azure.com/';
/** A one-line legacy request and the line the migration turns it into. */
export function legacyLine(name: string, quote = "'"): string {
  return `export const ${name} = fetch(${quote}http://localhost:50342/oauth2/token?resource=${RESOURCE}${quote}, { headers: { Metadata: ${quote}true${quote} } });`;
}
export function migratedLine(name: string, quote = "'"): string {
  return `export const ${name} = fetch(${quote}http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${RESOURCE}${quote}, { headers: { Metadata: ${quote}true${quote} } });`;
}
