// The analysis thread of a large run (see threads.ts): it loads the compiler at once, gets the run's
// options, then texts, one message each, and answers each with its analysis or the engine's exception,
// in the order they came. Asked to close, it writes the compiler's code cache (when this process made one).
import { parentPort } from 'node:worker_threads';
import { loadCompiler, saveCompilerCache } from '../../files/compileCache';
import { analyseText, analysisSettings, type AnalysisSettings } from './engine';
import type { FromWorker, ToWorker } from './threads';

const port = parentPort!;
let settings: Promise<AnalysisSettings> | undefined;
// One text at a time, in order: a message that comes while one is analysed waits its turn.
let queue: Promise<void> = Promise.resolve();

port.on('message', (message: ToWorker) => {
  if (message.kind === 'options') {
    settings = analysisSettings(message.options);
    settings.catch(() => {}); // reported with each text
    return;
  }
  queue = queue.then(async () => {
    if (message.kind === 'close') {
      saveCompilerCache();
      port.postMessage({ kind: 'closed' } satisfies FromWorker);
      return;
    }
    let reply: FromWorker;
    try {
      if (!settings) throw new Error('the analysis thread got a text before the run options');
      reply = {
        kind: 'analysis',
        id: message.id,
        analysis: await analyseText(message.absolutePath, message.file, message.text, await settings),
      };
    } catch (error) {
      reply = { kind: 'error', id: message.id, message: (error as Error)?.message ?? String(error), stack: (error as Error)?.stack };
    }
    port.postMessage(reply);
  });
});

loadCompiler(); // now, while the main thread loads the CLI, lists and reads the files
