import type { MessagePort } from 'node:worker_threads';
import type { Outcome, ReadOutcome, RuledOut } from '../steps/read';
import type { FileAnalysis } from './engine';

// What the two threads of a run (threads.ts, worker.ts) send each other. Imports nothing at run time,
// so the worker loads only what reading needs.

/** What reading decided, as it crosses between threads: an exception becomes plain data (its `code` would be lost). */
export type PortableRead =
  | RuledOut
  | FileAnalysis
  | { kind: 'text'; text: string }
  | { kind: 'failed'; file: string; error: { message: string; stack?: string; code?: string } };

/** What the main thread sends the worker, once: the files, the shared cursor, and the port for its answers. */
export interface WorkerStart {
  /** The files' absolute paths and names, each joined by NUL (one string clones faster than thousands). */
  paths: string;
  names: string;
  cursor: SharedArrayBuffer;
  replies: MessagePort;
}

/** What the worker answers for each chunk it read: every outcome but those of the files the scan ruled out. */
export interface ChunkRead {
  from: number;
  reads: Array<[number, PortableRead]>;
}

export function toPortable(read: ReadOutcome | Outcome): PortableRead {
  if (read.kind !== 'failed') return read;
  const { message, stack, code } = read.error as NodeJS.ErrnoException;
  return { kind: 'failed', file: read.file, error: { message, stack, ...(code === undefined ? {} : { code }) } };
}

export function fromPortable(read: PortableRead): ReadOutcome | Outcome {
  if (read.kind !== 'failed') return read;
  return { kind: 'failed', file: read.file, error: Object.assign(new Error(read.error.message), read.error) };
}

/** True for a file the text scan ruled out: its outcome is left undefined (see collect in steps/analyse.ts). */
export const isRuledOut = (read: ReadOutcome | Outcome | PortableRead): read is RuledOut => read.kind === 'ruled-out';
