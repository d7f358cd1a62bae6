// Serves msw request handlers (the fakes of fakeImds.ts and fakeExtension.ts) from a real HTTP server
// on 127.0.0.1, for code that runs in another process (a shell script's curl). The request's URL is
// rebuilt from its Host header, so a request the client sent to http://169.254.169.254/... reaches the
// IMDS fake as such, although the connection itself was made to this loopback server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';

export interface LoopbackServer {
  port: number;
  /**
   * Requests no fake saw: those no handler answers and those sent to a proxy (answered 502), and GET/HEAD
   * requests with a body (answered 400).
   */
  unanswered: Array<{ method: string; url: string; reason: string }>;
  close(): Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** Starts a server on 127.0.0.1 (a free port) that answers with `handlers()`, read on every request. */
export async function serveOnLoopback(handlers: () => RequestHandler[]): Promise<LoopbackServer> {
  const unanswered: LoopbackServer['unanswered'] = [];
  const server = http.createServer(async (incoming, outgoing) => {
    const method = incoming.method ?? 'GET';
    const body = await readBody(incoming);
    if (!(incoming.url ?? '/').startsWith('/')) {
      // `GET http://host/path` or `CONNECT host:port`: the client took this server for a proxy. IMDS is
      // never reached through one, so no fake answers.
      unanswered.push({ method, url: incoming.url ?? '', reason: 'sent to a proxy' });
      outgoing.writeHead(502, { 'content-type': 'text/plain' }).end('this server is no proxy\n');
      return;
    }
    const url = `http://${incoming.headers.host ?? 'missing-host'}${incoming.url ?? '/'}`;
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    if ((method === 'GET' || method === 'HEAD') && body.length > 0) {
      // The Fetch API cannot even express this request; IMDS refuses a GET with a body.
      unanswered.push({ method, url, reason: 'a body on a GET' });
      outgoing
        .writeHead(400, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'invalid_request', error_description: 'A request body is not allowed' }));
      return;
    }
    const request = new Request(url, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body });
    const response = await getResponse(handlers(), request);
    if (!response) {
      unanswered.push({ method, url, reason: 'no fake answers this URL' });
      outgoing.writeHead(502, { 'content-type': 'text/plain' }).end(`no fake answers ${method} ${url}\n`);
      return;
    }
    outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    unanswered,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
