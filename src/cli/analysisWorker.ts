// The worker thread of workerAnalyser (src/cli/analysers.ts): loads the engine at once, then runs it
// on the texts the main thread sends, one at a time, answering each with its analysis or the engine's
// exception.
import { parentPort, workerData } from 'node:worker_threads';
import { analyseText, loadEngine } from './analyseOneFile';
import { analysisSettings, type AnalyserOptions, type WorkerJob, type WorkerReply } from './analysers';

const port = parentPort!;
void loadEngine().catch(() => {}); // an error is reported with each job
const settings = analysisSettings(workerData as AnalyserOptions);
settings.catch(() => {});

port.on('message', async (job: WorkerJob) => {
  let reply: WorkerReply;
  try {
    reply = { id: job.id, analysis: await analyseText(job.absolutePath, job.file, job.text, await settings) };
  } catch (error) {
    reply = { id: job.id, error: { message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack } };
  }
  port.postMessage(reply);
});
