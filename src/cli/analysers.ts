import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalysedFile, AnalysisSettings } from './analyseOneFile';
import type { CliIO } from './io';

/** What an analysis thread needs to build its settings (plain data: it crosses to a worker). */
export interface AnalyserOptions {
  cwd: string;
  apiVersion: string;
  includeDocs: boolean;
}

/** The MI_CODEMOD_WORKER setting: true (`1`: always a worker), false (`0`: never), undefined (decide by the file count). */
export function workerSetting(env: CliIO['env']): boolean | undefined {
  return env.MI_CODEMOD_WORKER === '1' ? true : env.MI_CODEMOD_WORKER === '0' ? false : undefined;
}

/** Runs the engine on texts the main thread has read. */
export interface Analyser {
  /** True when analyse() works on the calling thread (the caller should await each result in turn). */
  readonly inline: boolean;
  analyse(absolutePath: string, file: string, text: string): Promise<AnalysedFile>;
  /** Stops the worker, if any. */
  close(): Promise<void>;
}

/** The analysis settings of a run; loads the engine's cross-file code (for the module host). */
export async function analysisSettings(options: AnalyserOptions): Promise<AnalysisSettings> {
  const [{ fileModuleHost }, { lockfileSdkVersions }] = await Promise.all([import('./crossFile.js'), import('./lockfileVersions.js')]);
  return { apiVersion: options.apiVersion, includeDocs: options.includeDocs, modules: fileModuleHost(options.cwd), sdkVersionsOf: lockfileSdkVersions(options.cwd) };
}

/** Analyses on the calling thread; the engine is loaded by the first text. */
export function inThreadAnalyser(options: AnalyserOptions): Analyser {
  let settings: Promise<AnalysisSettings> | undefined;
  return {
    inline: true,
    async analyse(absolutePath, file, text) {
      const { analyseText } = await import('./analyseOneFile.js');
      return analyseText(absolutePath, file, text, await (settings ??= analysisSettings(options)));
    },
    async close() {},
  };
}

interface PendingJob extends WorkerJob {
  resolve(analysis: AnalysedFile): void;
  reject(error: Error): void;
}

/** A worker's answer to one job: the analysis, or the engine's exception. */
export type WorkerReply = { id: number; analysis: AnalysedFile } | { id: number; error: { message: string; stack?: string } };

/** A job for the worker. */
export interface WorkerJob {
  id: number;
  absolutePath: string;
  file: string;
  text: string;
}


const WORKER_SCRIPT = path.join(__dirname, 'analysisWorker.js');

/**
 * True when a worker can be started: the CLI runs from compiled JavaScript (the worker script sits
 * next to this module). From TypeScript sources (in-process tests) it cannot, and analysis stays inline.
 */
export function workerAvailable(): boolean {
  return __filename.endsWith('.js') && fs.existsSync(WORKER_SCRIPT);
}

/**
 * Analyses on one worker thread, so that the main thread keeps reading while the engine parses (and
 * never loads the engine itself); started by the first text. Every text is posted at once (one worker:
 * nothing to balance; a second one was measured slower on two cores, and 80 MB larger).
 * An engine exception rejects that file's promise; should the worker die, its unanswered jobs, and
 * later ones, run inline.
 */
export function workerAnalyser(options: AnalyserOptions, startNow = false): Analyser {
  const inThread = inThreadAnalyser(options);
  const inline = (job: PendingJob) => inThread.analyse(job.absolutePath, job.file, job.text).then(job.resolve, job.reject);
  const pending = new Map<number, PendingJob>();
  let worker: Worker | undefined;
  let dead = false;
  let nextId = 0;

  const runLeftJobsInline = () => {
    dead = true;
    for (const job of pending.values()) inline(job);
    pending.clear();
  };
  const start = (): Worker => {
    const started = new Worker(WORKER_SCRIPT, { workerData: options });
    started.on('message', (reply: WorkerReply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if ('analysis' in reply) job.resolve(reply.analysis);
      else job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    });
    started.on('error', runLeftJobsInline);
    started.on('exit', runLeftJobsInline);
    return started;
  };

  // Started ahead of the first text, the worker loads the engine while the main thread still discovers files.
  if (startNow) worker = start();

  return {
    inline: false,
    analyse(absolutePath, file, text) {
      const id = nextId++;
      return new Promise<AnalysedFile>((resolve, reject) => {
        const job = { id, absolutePath, file, text, resolve, reject };
        if (dead) {
          void inline(job);
          return;
        }
        worker ??= start();
        pending.set(id, job);
        worker.postMessage({ id, absolutePath, file, text } satisfies WorkerJob);
      });
    },
    async close() {
      const running = worker;
      worker = undefined;
      dead = true;
      runLeftJobsInline();
      if (running) {
        running.removeAllListeners('exit');
        running.removeAllListeners('error');
        await running.terminate();
      }
    },
  };
}
