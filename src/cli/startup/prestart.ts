import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CliIO } from '../io';

// Start-up tuning: the worker of a run on two threads (analysis/threads.ts) is started first thing,
// before the command line is parsed, when the run looks large (a directory is named): its thread and
// modules load while the main thread loads the CLI and lists the files, so it reads from the start.
// This module is what bin.js loads before anything else, so it imports nothing of the CLI.

const WORKER_SCRIPT = path.join(__dirname, '../analysis/worker.js');

/** The options that take a value (`--format json`): their values are not paths. */
const OPTIONS_WITH_VALUES = new Set(['--format', '--api-version', '--max-warnings']);

/** The MI_CODEMOD_WORKER setting: true (`1`: always a worker), false (`0`: never), undefined (decide by the file count). */
export function workerSetting(env: CliIO['env']): boolean | undefined {
  return env.MI_CODEMOD_WORKER === '1' ? true : env.MI_CODEMOD_WORKER === '0' ? false : undefined;
}

/**
 * True when a worker can be started: the CLI runs from compiled JavaScript (the worker script sits
 * next to this module). From TypeScript sources (in-process tests) it cannot, and analysis stays inline.
 */
export function workerAvailable(): boolean {
  return __filename.endsWith('.js') && fs.existsSync(WORKER_SCRIPT);
}

/** Starts the worker (src/cli/analysis/worker.ts): it loads what reading needs (not the engine) and waits for the files. */
export function startAnalysisWorker(): Worker {
  return new Worker(WORKER_SCRIPT);
}

/** True for a run that is likely large: no paths (the current directory), or some path is a directory. */
export function likelyLargeRun(paths: readonly string[], cwd: string): boolean {
  return paths.length === 0 || paths.some((argument) => isDirectory(path.resolve(cwd, argument)));
}

/**
 * The worker for a command line that will likely want one (see likelyLargeRun), started before the
 * command line is parsed; undefined for help, version, small runs and MI_CODEMOD_WORKER=0. A guess
 * from a rough reading of argv: the run adopts the worker, or stops it.
 */
export function prestartWorker(argv: readonly string[], env: CliIO['env'], cwd: string): Worker | undefined {
  if (workerSetting(env) === false || !workerAvailable()) return undefined;
  if (argv.some((argument) => argument === '--help' || argument === '-h' || argument === '--version')) return undefined;
  return likelyLargeRun(roughPaths(argv), cwd) ? startAnalysisWorker() : undefined;
}

/** The arguments that look like paths, before the command line is parsed. */
function roughPaths(argv: readonly string[]): string[] {
  const paths: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--') return [...paths, ...argv.slice(index + 1)];
    if (OPTIONS_WITH_VALUES.has(argument)) index++;
    else if (!argument.startsWith('-')) paths.push(argument);
  }
  return paths;
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}
