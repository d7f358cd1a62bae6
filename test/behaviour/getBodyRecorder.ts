// Node lets http.request send a body on a GET without Content-Length or Transfer-Encoding; msw then drops
// those bytes, so the fake IMDS cannot see them. This recorder notices them where they are written.
import http from 'node:http';

type Write = (this: http.ClientRequest, chunk?: unknown, ...rest: unknown[]) => unknown;

function isNonEmptyChunk(chunk: unknown): boolean {
  return (typeof chunk === 'string' || chunk instanceof Uint8Array) && chunk.length > 0;
}

/** Appends `METHOD host path` to `records` for each body chunk written on a GET/HEAD; returns the uninstaller. */
export function installGetBodyRecorder(records: string[]): () => void {
  const prototype = http.ClientRequest.prototype as unknown as Record<'write' | 'end', Write>;
  const originals = { write: prototype.write, end: prototype.end };
  for (const name of ['write', 'end'] as const) {
    prototype[name] = function recordingWrite(this: http.ClientRequest, chunk?: unknown, ...rest: unknown[]) {
      if (/^(?:GET|HEAD)$/i.test(this.method) && isNonEmptyChunk(chunk)) records.push(`${this.method} ${this.host}${this.path}`);
      return originals[name].call(this, chunk, ...rest);
    };
  }
  return () => {
    delete (prototype as Partial<Record<'write' | 'end', Write>>).write;
    delete (prototype as Partial<Record<'write' | 'end', Write>>).end;
  };
}
