import { MessageChannel, receiveMessageOnPort, type Worker } from 'node:worker_threads';
import type { DiscoveredFile } from '../../files/discover';
import type { Progress } from '../progress';
import { CHUNK_FILES, FileCursor, readChunk, type Outcome, type ReadOutcome } from '../steps/read';
import { fromPortable, isRuledOut, type ChunkRead, type WorkerStart } from './chunkRead';
import { analyseText, analysisSettings, saveCompileCache, type AnalyserOptions, type AnalysisSettings } from './engine';

// Reading and analysing on one thread, or on two. On two, the main thread and a worker take chunks of
// files from a shared cursor and read them (step 2); the worker sends back what it read, and the main
// thread runs the engine (step 3) on the texts either of them kept. So while the main thread parses, the
// worker reads on; and a tree with nothing to parse is read by both threads at once. The engine (the
// TypeScript compiler: ~40 MB) lives in the main thread only: the worker stays small.

/** Runs the engine on this thread and records each file's outcome; the run's settings are made by the first text. */
class Analysis {
  readonly outcomes: Array<Outcome | undefined>;
  private settings: Promise<AnalysisSettings> | undefined;

  constructor(
    private readonly files: readonly DiscoveredFile[],
    private readonly options: AnalyserOptions,
  ) {
    this.outcomes = new Array(files.length);
  }

  /** Records what reading file `index` decided, analysing its text when the scan kept it. */
  async record(index: number, read: ReadOutcome | Outcome): Promise<void> {
    if (read.kind === 'text') this.outcomes[index] = await this.analyse(index, read.text);
    else if (!isRuledOut(read)) this.outcomes[index] = read;
  }

  private async analyse(index: number, text: string): Promise<Outcome> {
    const { absolutePath, file } = this.files[index];
    try {
      return await analyseText(absolutePath, file, text, await (this.settings ??= analysisSettings(this.options)));
    } catch (error) {
      return { kind: 'failed', file, error: error as Error };
    }
  }

  /** Saves the compiler's code cache when a script was analysed (see startup/compileCache.ts). */
  finish(): Array<Outcome | undefined> {
    if (this.settings) saveCompileCache();
    return this.outcomes;
  }
}

/** Reads the chunk from `from` here, analysing what the scan keeps. */
async function readHere(files: readonly DiscoveredFile[], from: number, analysis: Analysis): Promise<void> {
  for (const [index, read] of readChunk(files, from)) await analysis.record(index, read);
}

const advance = (progress: Progress, files: readonly DiscoveredFile[], from: number, cursor: FileCursor): void =>
  progress.advance(files[Math.min(from + CHUNK_FILES, files.length) - 1].file, cursor.taken(files.length));

/** Every file read and analysed on this thread, in order (a pre-commit run over a few files, or MI_CODEMOD_WORKER=0). */
export async function onOneThread(
  files: readonly DiscoveredFile[],
  options: AnalyserOptions,
  progress: Progress,
): Promise<Array<Outcome | undefined>> {
  const analysis = new Analysis(files, options);
  const cursor = new FileCursor();
  for (let from = cursor.take(); from < files.length; from = cursor.take()) {
    await readHere(files, from, analysis);
    advance(progress, files, from, cursor);
  }
  return analysis.finish();
}

/**
 * Every file read by this thread and `worker` together, and analysed here, in order (see the top of this
 * module). Should the worker fail, this thread reads what it left (the chunks it took and did not report).
 */
export async function onTwoThreads(
  files: readonly DiscoveredFile[],
  options: AnalyserOptions,
  worker: Worker,
  progress: Progress,
): Promise<Array<Outcome | undefined>> {
  const analysis = new Analysis(files, options);
  const chunkDone = new Uint8Array(Math.ceil(files.length / CHUNK_FILES));
  let chunksLeft = chunkDone.length;
  const markDone = (from: number): void => {
    if (chunkDone[from / CHUNK_FILES] === 0) chunksLeft--;
    chunkDone[from / CHUNK_FILES] = 1;
  };
  const recordChunk = async ({ from, reads }: ChunkRead): Promise<void> => {
    for (const [index, read] of reads) await analysis.record(index, fromPortable(read));
    markDone(from);
  };

  let workerFailed = false;
  let wake = (): void => {};
  const onFailure = (): void => {
    workerFailed = true;
    wake();
  };
  worker.on('error', onFailure);
  worker.on('exit', onFailure);
  const cursor = new FileCursor();
  const { port1: replies, port2 } = new MessageChannel();
  worker.postMessage(
    {
      paths: files.map((file) => file.absolutePath).join('\0'),
      names: files.map((file) => file.file).join('\0'),
      cursor: cursor.buffer,
      replies: port2,
    } satisfies WorkerStart,
    [port2],
  );

  // Between its own chunks this thread analyses what the worker kept, so the worker never waits for it.
  for (let from = cursor.take(); from < files.length; from = cursor.take()) {
    for (let reply = receiveMessageOnPort(replies); reply; reply = receiveMessageOnPort(replies))
      await recordChunk(reply.message as ChunkRead);
    await readHere(files, from, analysis);
    markDone(from);
    advance(progress, files, from, cursor);
  }
  // Every file is taken: what is left is the worker's last chunks.
  for (let reply = receiveMessageOnPort(replies); reply; reply = receiveMessageOnPort(replies))
    await recordChunk(reply.message as ChunkRead);
  let queue = Promise.resolve();
  if (chunksLeft > 0) {
    await new Promise<void>((resolve) => {
      wake = () => {
        if (workerFailed || chunksLeft === 0) resolve();
      };
      replies.on('message', (chunk: ChunkRead) => {
        queue = queue.then(() => recordChunk(chunk)).then(wake);
      });
      wake();
    });
  }
  replies.close(); // a chunk still on its way is read again below, should the worker have failed
  await queue;
  worker.off('error', onFailure);
  worker.off('exit', onFailure);
  await worker.terminate();
  if (workerFailed) {
    for (let chunk = 0; chunk < chunkDone.length; chunk++) if (chunkDone[chunk] === 0) await readHere(files, chunk * CHUNK_FILES, analysis);
  }
  return analysis.finish();
}
