// The fakes as msw (v2) request handlers, for suites that intercept HTTP in-process. Every request to
// 169.254.169.254, on any port, scheme, verb or path, is answered here and never passed through: the token
// endpoint by the strict rules, anything else on that host with a network error (it is recorded as refused).
import type { HttpHandler } from 'msw';
import { EXTENSION_DEFAULT_PORT, EXTENSION_HOSTS, IMDS_HOST } from './constants';
import { judgeExtensionRequest } from './extensionRules';
import { createFakeEndpoint, publicState, type FakeEndpoint } from './fakeEndpoint';
import { judgeImdsRequest } from './imdsRules';
import { requirePeer } from './peerDependency';
import { normaliseHeaders, type SeenRequest } from './seenRequest';
import type { ExtensionOptions, FakeEndpointState, ImdsOptions } from './types';

type Msw = typeof import('msw');

/** msw handlers that also carry the fake's record and fault injection: `setupServer(...imds)`, then `imds.requests`. */
export type FakeHandlers = HttpHandler[] & FakeEndpointState;

async function seen(request: Request): Promise<SeenRequest> {
  const headers: Array<[string, string]> = [];
  request.headers.forEach((value, name) => headers.push([name, value]));
  const body = request.body === null ? '' : await request.clone().text();
  return { method: request.method, url: new URL(request.url), headers: normaliseHeaders(headers), body };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function handlersFor(msw: Msw, endpoint: FakeEndpoint, serves: (url: URL) => boolean, hostPattern: RegExp): FakeHandlers {
  const handler = msw.http.all(hostPattern, async ({ request }) => {
    const seenRequest = await seen(request);
    if (!serves(seenRequest.url)) {
      const { url, ...rest } = seenRequest;
      endpoint.refuse({ ...rest, url: url.href }, `nothing listens on ${url.protocol}//${url.host}`);
      return msw.HttpResponse.error();
    }
    const answer = await endpoint.answer(seenRequest);
    return msw.HttpResponse.json(answer.body, { status: answer.status, headers: answer.headers });
  });
  return Object.assign([handler], publicState(endpoint));
}

/** msw handlers for a strict fake IMDS at http://169.254.169.254 (see `createImdsServer` for the rules and options). */
export function imdsHandlers(options: ImdsOptions = {}): FakeHandlers {
  const msw = requirePeer<Msw>('msw', 'imdsHandlers');
  const endpoint = createFakeEndpoint((request) => judgeImdsRequest(request, options), options);
  const anyPortOrScheme = new RegExp(`^https?://${escapeRegExp(IMDS_HOST)}(?::\\d+)?(?:[/?#]|$)`);
  return handlersFor(msw, endpoint, (url) => url.protocol === 'http:' && url.port === '', anyPortOrScheme);
}

/**
 * msw handlers for the retired VM extension at http://{localhost,127.0.0.1,[::1]}:50342 (and `options.ports`).
 * Other ports on those hosts are left to your other handlers (your own local servers live there).
 */
export function extensionHandlers(options: ExtensionOptions = {}): FakeHandlers {
  const msw = requirePeer<Msw>('msw', 'extensionHandlers');
  const endpoint = createFakeEndpoint((request) => judgeExtensionRequest(request, options), options);
  const ports = [...new Set([EXTENSION_DEFAULT_PORT, ...(options.ports ?? [])])];
  const hosts = EXTENSION_HOSTS.map(escapeRegExp).join('|');
  const pattern = new RegExp(`^http://(?:${hosts}):(?:${ports.join('|')})(?:[/?#]|$)`);
  return handlersFor(msw, endpoint, () => true, pattern);
}
