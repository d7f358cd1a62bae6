// The fakes as nock (v14) interceptors, for suites that use nock. Like the msw handlers, they answer every
// request to their host themselves (any verb, path, port or scheme) and never let one through.
import type { Interceptor, Scope } from 'nock';
import { EXTENSION_DEFAULT_PORT, EXTENSION_HOSTS, IMDS_HOST } from './constants';
import { judgeExtensionRequest } from './extensionRules';
import { createFakeEndpoint, publicState, type FakeEndpoint } from './fakeEndpoint';
import { judgeImdsRequest } from './imdsRules';
import { requirePeer } from './peerDependency';
import { normaliseHeaders, type SeenRequest } from './seenRequest';
import type { ExtensionOptions, FakeEndpointState, ImdsOptions } from './types';

type Nock = typeof import('nock');

/** Every verb nock can intercept. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'MERGE'];

/** A fake installed as nock interceptors: its record, fault injection, and a way to take it out again. */
export interface FakeNock extends FakeEndpointState {
  /** The nock scope the interceptors belong to. */
  readonly scope: Scope;
  /** Removes this fake's interceptors (nock.cleanAll() removes them too). */
  remove(): void;
}

interface RequestOptionsSeen {
  protocol?: string;
  hostname?: string;
  host?: string;
  port?: number | string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function install(basePath: RegExp, endpoint: FakeEndpoint, serves: (url: URL) => boolean): FakeNock {
  const nock = requirePeer<Nock>('nock', 'imdsNock/extensionNock');
  const scope = nock(basePath).persist();
  const interceptors: Interceptor[] = [];
  for (const method of METHODS) {
    const interceptor = scope.intercept(() => true, method);
    interceptors.push(interceptor);
    interceptor.reply(function reply(uri, body, callback) {
      const options = (this.req as unknown as { options: RequestOptionsSeen }).options;
      const hostname = options.hostname ?? options.host ?? '';
      const defaultPort = options.protocol === 'https:' ? 443 : 80;
      const port = Number(options.port ?? defaultPort);
      const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
      const url = new URL(`${options.protocol ?? 'http:'}//${host}${port === defaultPort ? '' : `:${port}`}${uri}`);
      const request: SeenRequest = {
        method,
        url,
        headers: normaliseHeaders(Object.entries(this.req.headers)),
        body: typeof body === 'string' ? body : JSON.stringify(body),
      };
      if (!serves(url)) {
        endpoint.refuse(
          { method, url: url.href, headers: request.headers, body: request.body },
          `nothing listens on ${url.protocol}//${url.host}`,
        );
        callback(
          Object.assign(new Error(`connect ECONNREFUSED ${url.host} (mi-codemod fake: nothing listens there)`), { code: 'ECONNREFUSED' }),
          [0],
        );
        return;
      }
      endpoint.answer(request).then(
        (answer) => callback(null, [answer.status, JSON.stringify(answer.body), answer.headers]),
        (error: Error) => callback(error, [0]),
      );
    });
  }
  return Object.assign(publicState(endpoint), {
    scope,
    remove: () => interceptors.forEach((interceptor) => nock.removeInterceptor(interceptor)),
  });
}

/** A strict fake IMDS as nock interceptors for http://169.254.169.254 (any other port or scheme there: refused). */
export function imdsNock(options: ImdsOptions = {}): FakeNock {
  const endpoint = createFakeEndpoint((request) => judgeImdsRequest(request, options), options);
  const anyPortOrScheme = new RegExp(`^https?://${escapeRegExp(IMDS_HOST)}(?::\\d+)?$`);
  return install(anyPortOrScheme, endpoint, (url) => url.protocol === 'http:' && url.port === '');
}

/** The retired VM extension as nock interceptors on http://{localhost,127.0.0.1,[::1]}:50342 (and `options.ports`). */
export function extensionNock(options: ExtensionOptions = {}): FakeNock {
  const endpoint = createFakeEndpoint((request) => judgeExtensionRequest(request, options), options);
  const ports = [...new Set([EXTENSION_DEFAULT_PORT, ...(options.ports ?? [])])];
  const hosts = [...EXTENSION_HOSTS, '::1'].map(escapeRegExp).join('|');
  return install(new RegExp(`^http://(?:${hosts}):(?:${ports.join('|')})$`), endpoint, () => true);
}
