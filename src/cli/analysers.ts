import type { Worker } from 'node:worker_threads';
import type { AnalysedFile, AnalysisSettings } from './analyseOneFile';
import { startAnalysisWorker } from './prestart';

/** What an analysis thread needs to build its settings (plain data: it crosses to a worker). */
export interface AnalyserOptions {
  cwd: string;
  apiVersion: string;
  includeDocs: boolean;
  /** False for --check, which never writes nor shows the migrated text (see MigrateOptions.verifyOutput). */
  verifyOutput: boolean;
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
  return {
    apiVersion: options.apiVersion,
    includeDocs: options.includeDocs,
    verifyOutput: options.verifyOutput,
    modules: fileModuleHost(options.cwd),
    sdkVersionsOf: lockfileSdkVersions(options.cwd),
  };
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
    async close() {
      if (settings) (await import('./analyseOneFile.js')).saveCompileCache();
    },
  };
}

interface PendingJob extends WorkerJob {
  resolve(analysis: AnalysedFile): void;
  reject(error: Error): void;
}

/** A worker's answer to one job: the analysis, or the engine's exception. */
export type WorkerReply =
  { id: number; analysis: AnalysedFile } | { id: number; error: { message: string; stack?: string } } | { closed: true };

/** How long a closing worker may take to save the compiler's code cache before it is stopped. */
const CLOSE_TIMEOUT_MS = 5000;

/** A job for the worker. */
export interface WorkerJob {
  id: number;
  absolutePath: string;
  file: string;
  text: string;
}

/** What the main thread sends the worker: the run's settings first, then the jobs. */
export type WorkerMessage = { kind: 'settings'; options: AnalyserOptions } | ({ kind: 'job' } & WorkerJob) | { kind: 'close' };

/**
 * Analyses on one worker thread, so that the main thread keeps reading while the engine parses (and
 * never loads the engine itself); started by the first text. Every text is posted at once (one worker:
 * nothing to balance; a second one was measured slower on two cores, and 80 MB larger).
 * An engine exception rejects that file's promise; should the worker die, its unanswered jobs, and
 * later ones, run inline. `started` is a worker already loading the engine (see prestartWorker), or
 * `'now'` to start one at once rather than with the first text.
 */
export function workerAnalyser(options: AnalyserOptions, started?: Worker | 'now'): Analyser {
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
  let onClosed: (() => void) | undefined;
  const adopt = (running: Worker): Worker => {
    running.on('message', (reply: WorkerReply) => {
      if ('closed' in reply) {
        onClosed?.();
        return;
      }
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      if ('analysis' in reply) job.resolve(reply.analysis);
      else job.reject(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
    });
    running.on('error', runLeftJobsInline);
    running.on('exit', runLeftJobsInline);
    running.postMessage({ kind: 'settings', options } satisfies WorkerMessage);
    return running;
  };
  const start = (): Worker => adopt(startAnalysisWorker());

  // Started ahead of the first text, the worker loads the engine while the main thread still discovers files.
  if (started === 'now') worker = start();
  else if (started) worker = adopt(started);

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
        worker.postMessage({ kind: 'job', id, absolutePath, file, text } satisfies WorkerMessage);
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
        // A worker that analysed files saves the compiler's code cache (when this run made it), then is
        // stopped; one that got none (a small run chose to stay inline) is stopped at once.
        if (nextId > 0)
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
            onClosed = () => {
              clearTimeout(timer);
              resolve();
            };
            running.once('exit', onClosed);
            running.once('error', onClosed);
            running.postMessage({ kind: 'close' } satisfies WorkerMessage);
          });
        await running.terminate();
      }
    },
  };
}
