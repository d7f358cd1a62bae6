// The worker thread of a run on two threads (see threads.ts): it takes chunks of files from the shared
// cursor, reads and scans them as the main thread does, and sends back what it read (the texts the scan
// keeps included); the main thread analyses them. It never loads the engine.
import { parentPort } from 'node:worker_threads';
import type { DiscoveredFile } from '../../files/discover';
import { FileCursor, readChunk } from '../steps/read';
import { isRuledOut, toPortable, type ChunkRead, type PortableRead, type WorkerStart } from './chunkRead';

parentPort!.once('message', ({ paths, names, cursor: shared, replies }: WorkerStart) => {
  const fileNames = names.split('\0');
  const files: DiscoveredFile[] = paths.split('\0').map((absolutePath, index) => ({ absolutePath, file: fileNames[index] }));
  const cursor = new FileCursor(shared);
  for (let from = cursor.take(); from < files.length; from = cursor.take()) {
    const reads: Array<[number, PortableRead]> = [];
    for (const [index, read] of readChunk(files, from)) if (!isRuledOut(read)) reads.push([index, toPortable(read)]);
    replies.postMessage({ from, reads } satisfies ChunkRead);
  }
});
