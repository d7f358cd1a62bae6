// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// A run on two threads (src/cli/analysis/threads.ts) must give every file the outcome one thread gives
// it, also when its worker fails: before taking any file, or after taking a chunk it never reports.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { onOneThread, onTwoThreads } from '../../src/cli/analysis/threads';
import type { ChunkRead } from '../../src/cli/analysis/chunkRead';
import { CHUNK_FILES, FileCursor, readChunk } from '../../src/cli/steps/read';
import type { AnalyserOptions } from '../../src/cli/analysis/engine';
import { discoverSourceFiles } from '../../src/files/discover';
import { BIN, LEGACY_FETCH, makeTempDir, writeTree } from './helpers';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

const silent = { advance() {}, clear() {} };

async function tree() {
  const root = makeTempDir('mi-codemod-threads-');
  roots.push(root);
  const files: Record<string, string | Buffer> = {};
  for (let i = 0; i < 150; i++) files[`src/m${String(i).padStart(3, '0')}.ts`] = `export const v${i} = ${i};\n`;
  for (const i of [3, 40, 41, 77, 140])
    files[`src/m${String(i).padStart(3, '0')}.ts`] = `export async function t() {\n  ${LEGACY_FETCH}\n  return r;\n}\n`;
  files['src/binary.ts'] = Buffer.concat([Buffer.from("const u = 'http://localhost:50342/oauth2/token';"), Buffer.from([0])]);
  files['README.md'] = 'Tokens came from `http://localhost:50342/oauth2/token`.\n';
  writeTree(root, files);
  const options: AnalyserOptions = { cwd: root, apiVersion: '2018-02-01', includeDocs: false, verifyOutput: false, keepTexts: false };
  return { files: await discoverSourceFiles(['.'], { cwd: root }), options };
}

/** The outcomes with what differs by thread taken out (nothing should). */
const comparable = (outcomes: unknown[]) => JSON.parse(JSON.stringify(outcomes.map((outcome) => outcome ?? 'ruled out')));

describe('reading and analysing on two threads', () => {
  it('gives every file the outcome one thread gives it, with the real worker', async () => {
    const { files, options } = await tree();
    const one = await onOneThread(files, options, silent);
    expect(one.filter((outcome) => outcome?.kind === 'analysed' && outcome.findings.length > 0)).toHaveLength(6);
    const worker = new Worker(path.join(path.dirname(BIN), 'analysis/worker.js'));
    expect(comparable(await onTwoThreads(files, options, worker, silent))).toEqual(comparable(one));
  });

  it('reads on alone when the worker fails before taking a file', async () => {
    const { files, options } = await tree();
    const worker = new Worker('process.exit(3)', { eval: true });
    expect(comparable(await onTwoThreads(files, options, worker, silent))).toEqual(comparable(await onOneThread(files, options, silent)));
  });

  it('reads again the chunks a failing worker took and never reported', async () => {
    const { files, options } = await tree();
    // A worker that takes the first two chunks as soon as it is started, then dies without a word
    // (a real thread would start too late to take anything from so few files).
    const dying = Object.assign(new EventEmitter(), {
      postMessage({ cursor }: { cursor: SharedArrayBuffer }) {
        Atomics.add(new Int32Array(cursor), 0, 64);
        setImmediate(() => dying.emit('exit', 3));
      },
      terminate: async () => 3,
    });
    const outcomes = await onTwoThreads(files, options, dying as unknown as Worker, silent);
    expect(comparable(outcomes)).toEqual(comparable(await onOneThread(files, options, silent)));
  });

  it('has the worker read every chunk it takes and send back all but the files the scan ruled out, texts included', async () => {
    const { files } = await tree();
    const worker = new Worker(path.join(path.dirname(BIN), 'analysis/worker.js'));
    const cursor = new FileCursor();
    const { port1, port2 } = new MessageChannel();
    const chunks: ChunkRead[] = [];
    await new Promise<void>((resolve) => {
      port1.on('message', (chunk: ChunkRead) => {
        chunks.push(chunk);
        if (chunks.length === Math.ceil(files.length / CHUNK_FILES)) resolve();
      });
      worker.postMessage(
        {
          paths: files.map((file) => file.absolutePath).join('\0'),
          names: files.map((file) => file.file).join('\0'),
          cursor: cursor.buffer,
          replies: port2,
        },
        [port2],
      );
    });
    port1.close();
    await worker.terminate();
    const expected = [0, 1, 2, 3, 4].flatMap((chunk) =>
      [...readChunk(files, chunk * CHUNK_FILES)].filter(([, read]) => read.kind !== 'ruled-out'),
    );
    expect(chunks.flatMap((chunk) => chunk.reads)).toEqual(expected);
    expect(expected.filter(([, read]) => read.kind === 'text')).toHaveLength(6); // five legacy files and the README
  });
});
