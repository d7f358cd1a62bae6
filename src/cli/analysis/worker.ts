// The worker thread of workerAnalyser (src/cli/analysers.ts): loads the engine at once, then, once the
// run's settings have come, runs it on the texts the main thread sends, one at a time, answering each
// with its analysis or the engine's exception. Asked to close, it saves the compiler's code cache.
import { parentPort } from 'node:worker_threads';
import { analyseText, loadEngine, saveCompileCache, type AnalysisSettings } from './analyseOneFile';
import { analysisSettings, type WorkerMessage, type WorkerReply } from './analysers';

const port = parentPort!;
void loadEngine().catch(() => {}); // an error is reported with each job
let settings: Promise<AnalysisSettings> | undefined;

port.on('message', async (message: WorkerMessage) => {
  if (message.kind === 'settings') {
    settings = analysisSettings(message.options);
    settings.catch(() => {});
    return;
  }
  if (message.kind === 'close') {
    saveCompileCache(); // asked only of a worker that got files (workerAnalyser's close)
    port.postMessage({ closed: true } satisfies WorkerReply);
    return;
  }
  let reply: WorkerReply;
  try {
    if (!settings) throw new Error('the analysis worker got a file before its settings');
    reply = { id: message.id, analysis: await analyseText(message.absolutePath, message.file, message.text, await settings) };
  } catch (error) {
    reply = { id: message.id, error: { message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack } };
  }
  port.postMessage(reply);
});
