// The fakes as real HTTP servers on 127.0.0.1 (a free port), for code you point at a base URL, code in another
// process, or any client at all. A server answers every request itself: it never opens a connection of its
// own, and a request sent to it as to a proxy (absolute-form, or CONNECT) is refused, not forwarded.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { EXTENSION_TOKEN_PATH, IMDS_HOST, IMDS_TOKEN_PATH } from './constants';
import { judgeExtensionRequest } from './extensionRules';
import { createFakeEndpoint, publicState, type FakeEndpoint } from './fakeEndpoint';
import { judgeImdsRequest } from './imdsRules';
import { normaliseHeaders } from './seenRequest';
import type { ExtensionOptions, FakeEndpointState, ImdsOptions } from './types';
import { LOOPBACK_HOST_VALUE } from '../engine/url/loopback';

/** A fake endpoint served on 127.0.0.1. */
export interface FakeServer extends FakeEndpointState {
  /** `http://127.0.0.1:<port>`: the base URL to inject into the code under test. */
  readonly url: string;
  readonly port: number;
  /** The token endpoint on this server (`<url>/metadata/identity/oauth2/token`, or `<url>/oauth2/token` for the extension). */
  readonly tokenUrl: string;
  /** Stops the server and drops its open connections. */
  close(): Promise<void>;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendText(outgoing: http.ServerResponse, status: number, text: string): void {
  outgoing.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end(`${text}\n`);
}

/**
 * Starts `endpoint` on 127.0.0.1. `servesHost(host, port, ownPort)` says whether a request addressed (by its Host
 * header) to that host is one the endpoint stands for; any other is refused with 421.
 */
async function serve(
  endpoint: FakeEndpoint,
  tokenPath: string,
  servesHost: (host: string, port: number, ownPort: number) => boolean,
): Promise<FakeServer> {
  let ownPort = 0;
  const server = http.createServer(async (incoming, outgoing) => {
    const method = incoming.method ?? 'GET';
    const headers = normaliseHeaders(Object.entries(incoming.headers));
    const body = await readBody(incoming);
    const target = incoming.url ?? '/';
    if (!target.startsWith('/')) {
      endpoint.refuse({ method, url: target, headers, body }, 'sent to this server as to a proxy', 502);
      sendText(outgoing, 502, `this fake is no proxy and forwards nothing: ${method} ${target}`);
      return;
    }
    const host = headers.host ?? '';
    const url = new URL(`http://${host || 'missing-host'}${target}`);
    if (!servesHost(url.hostname, Number(url.port || 80), ownPort)) {
      endpoint.refuse(
        { method, url: url.href, headers, body },
        `addressed to ${host || 'no host'}, which this fake does not stand for`,
        421,
      );
      sendText(outgoing, 421, `this fake does not answer for host ${host || '(none)'}`);
      return;
    }
    try {
      const answer = await endpoint.answer({ method, url, headers, body });
      const json = JSON.stringify(answer.body);
      outgoing.writeHead(answer.status, { ...answer.headers, 'content-length': Buffer.byteLength(json) }).end(json);
    } catch (error) {
      // An accessToken function that throws, say: the test sees a 500 that names it, not a hung request.
      endpoint.refuse({ method, url: url.href, headers, body }, `the fake failed: ${String(error)}`, 500);
      sendText(outgoing, 500, `the mi-codemod fake failed: ${String(error)}`);
    }
  });
  server.on('connect', (request: http.IncomingMessage, socket: Duplex) => {
    endpoint.refuse(
      { method: 'CONNECT', url: request.url ?? '', headers: normaliseHeaders(Object.entries(request.headers)), body: '' },
      'a CONNECT tunnel request (this fake is no proxy)',
      405,
    );
    socket.end('HTTP/1.1 405 Method Not Allowed\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  ownPort = port;
  const url = `http://127.0.0.1:${port}`;
  const state = publicState(endpoint);
  return Object.assign(state, {
    url,
    port,
    tokenUrl: `${url}${tokenPath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  });
}

/**
 * A strict fake IMDS on 127.0.0.1. It answers requests addressed to it (`Host: 127.0.0.1:<port>`) and requests
 * addressed to 169.254.169.254 that reach it (curl `--connect-to`, a socket redirected in the test).
 */
export async function createImdsServer(options: ImdsOptions = {}): Promise<FakeServer> {
  const endpoint = createFakeEndpoint((request) => judgeImdsRequest(request, options), options);
  return serve(
    endpoint,
    IMDS_TOKEN_PATH,
    (host, port, ownPort) => (host === IMDS_HOST && port === 80) || (LOOPBACK_NAMES.includes(host) && port === ownPort),
  );
}

/**
 * A fake of the retired VM extension on 127.0.0.1; it answers requests addressed to any loopback host (as the
 * tool defines one: `localhost.`, 127/8, `0.0.0.0`, `[0:0:0:0:0:0:0:1]` too) and port.
 */
export async function createExtensionServer(options: ExtensionOptions = {}): Promise<FakeServer> {
  const endpoint = createFakeEndpoint((request) => judgeExtensionRequest(request, options), options);
  return serve(endpoint, EXTENSION_TOKEN_PATH, (host) => LOOPBACK_HOST_VALUE.test(host));
}
