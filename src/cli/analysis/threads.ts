import type { Worker } from 'node:worker_threads';
import { saveCompilerCache } from '../../files/compileCache';
import { analyseText, analysisSettings, type AnalysedFile, type AnalyserOptions, type AnalysisSettings } from './engine';
import { startWorker, takePrestartedWorker, workerAvailable } from './prestart';

// Where the engine runs. A large run reads and scans on the main thread while a second thread
// (worker.ts, started before the CLI loads: prestart.ts) analyses the texts the scan keeps: on two cores
// the analysis then costs the run what the reading leaves over. A small run (the pre-commit case: a few
// named files) analyses on the main thread: a thread and a second engine would cost more than they buy.
// MI_CODEMOD_WORKER=0 keeps every run on one thread, =1 gives every run the second thread.

/** Runs the engine on the texts the read step keeps. */
export interface Analyser {
  /** True when analyse() works on the calling thread: the caller should await each text in turn. */
  readonly inline: boolean;
  /** The text's analysis, or the engine's exception. */
  analyse(absolutePath: string, file: string, text: string): Promise<AnalysedFile>;
  /** Writes the compiler's code cache when this run made it, and stops the thread, if any. */
  close(): Promise<void>;
}

/** The fewest files a run lists for its analysis to get a thread of its own (unless MI_CODEMOD_WORKER says). */
export const WORKER_MIN_FILES = 1000;

/**
 * The analyser for a run that lists `fileCount` files: on a thread of its own from WORKER_MIN_FILES files
 * (or always with MI_CODEMOD_WORKER=1, never with 0), adopting the thread bin.js started; a thread started
 * on a guess for a run that turns out small is stopped.
 */
export function createAnalyser(options: AnalyserOptions, fileCount: number, env: Readonly<Record<string, string | undefined>>): Analyser {
  const prestarted = takePrestartedWorker();
  const setting = env.MI_CODEMOD_WORKER;
  const wanted = setting === '1' || (setting !== '0' && fileCount >= WORKER_MIN_FILES);
  if (wanted && workerAvailable()) return workerAnalyser(options, prestarted ?? startWorker());
  void prestarted?.terminate();
  return inThreadAnalyser(options);
}

/** Analyses on the calling thread; the engine's settings are made by the first text. */
export function inThreadAnalyser(options: AnalyserOptions): Analyser {
  let settings: Promise<AnalysisSettings> | undefined;
  return {
    inline: true,
    async analyse(absolutePath, file, text) {
      return analyseText(absolutePath, file, text, await (settings ??= analysisSettings(options)));
    },
    async close() {
      if (settings) saveCompilerCache(); // once the run has parsed (see files/compileCache.ts)
    },
  };
}

/** What the main thread sends the analysis thread: the run's options first, then texts, then `close`. */
export type ToWorker =
  | { kind: 'options'; options: AnalyserOptions }
  | { kind: 'text'; id: number; absolutePath: string; file: string; text: string }
  | { kind: 'close' };

/** What the analysis thread answers: each text's analysis or the engine's exception, and `closed`. */
export type FromWorker =
  | { kind: 'analysis'; id: number; analysis: AnalysedFile }
  | { kind: 'error'; id: number; message: string; stack?: string }
  | { kind: 'closed' };

/** How long a closing thread may take to write the compiler's code cache before it is stopped. */
const CLOSE_TIMEOUT_MS = 5000;

interface Job {
  absolutePath: string;
  file: string;
  text: string;
  resolve(analysis: AnalysedFile): void;
  reject(error: Error): void;
}

/**
 * Analyses on `worker`, a thread running worker.ts. Should the thread die, the texts it had not answered,
 * and later ones, are analysed on the calling thread: a run never loses a file to a thread.
 */
export function workerAnalyser(options: AnalyserOptions, worker: Worker): Analyser {
  const inThread = inThreadAnalyser(options);
  const pending = new Map<number, Job>();
  let dead = false;
  let nextId = 0;
  let onClosed: (() => void) | undefined;

  const inline = (job: Job) => void inThread.analyse(job.absolutePath, job.file, job.text).then(job.resolve, job.reject);
  const fallBack = () => {
    dead = true;
    for (const job of pending.values()) inline(job);
    pending.clear();
  };
  worker.on('message', (reply: FromWorker) => {
    if (reply.kind === 'closed') return onClosed?.();
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (reply.kind === 'analysis') job.resolve(reply.analysis);
    else job.reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
  });
  worker.on('error', fallBack);
  worker.on('exit', fallBack);
  worker.postMessage({ kind: 'options', options } satisfies ToWorker);

  return {
    inline: false,
    analyse(absolutePath, file, text) {
      return new Promise<AnalysedFile>((resolve, reject) => {
        const job: Job = { absolutePath, file, text, resolve, reject };
        if (dead) return inline(job);
        const id = nextId++;
        pending.set(id, job);
        worker.postMessage({ kind: 'text', id, absolutePath, file, text } satisfies ToWorker);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      worker.removeAllListeners('error');
      // A thread that analysed files writes the compiler's code cache first (when this run made it).
      if (!dead && nextId > 0)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, CLOSE_TIMEOUT_MS);
          onClosed = () => {
            clearTimeout(timer);
            resolve();
          };
          worker.once('exit', onClosed);
          worker.postMessage({ kind: 'close' } satisfies ToWorker);
        });
      await worker.terminate();
      await inThread.close();
    },
  };
}
