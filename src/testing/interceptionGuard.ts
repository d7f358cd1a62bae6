// In-process interception (msw, nock) cannot see two things a strict IMDS must refuse, because it rebuilds each
// request from the options the client passed to node:http:
// - a request sent through a proxy looks direct: an absolute-form path (`GET http://169.254.169.254/... HTTP/1.1`,
//   how axios and request talk to an HTTP proxy) is read back as the target, and a tunnelling agent is ignored;
// - a body that node:http writes on a GET without Content-Length or Transfer-Encoding is dropped.
// This guard wraps node:http(s) so that a proxied request goes to the proxy's own address (where no fake
// answers, so it fails as it would against an unreachable proxy) and is recorded, and a body on a GET is recorded.
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';

/** A request a client tried to send through a proxy. */
export interface ProxiedRequest {
  /** `host:port` of the proxy. */
  proxy: string;
  /** The URL the request was meant for. */
  target: string;
}

export interface InterceptionGuard {
  /** Requests clients tried to send through an HTTP(S) proxy (empty it with `.length = 0` between tests). */
  readonly proxiedRequests: ProxiedRequest[];
  /** `METHOD host path` of every GET/HEAD that node:http wrote a body for. */
  readonly bodiesOnGet: string[];
  /** Takes the guard out again. */
  restore(): void;
}

interface RequestOptionsLike {
  protocol?: string;
  host?: string;
  hostname?: string;
  port?: unknown;
  path?: string;
  method?: string;
  headers?: unknown;
  agent?: { proxyOptions?: { host?: string; port?: unknown }; proxy?: { hostname?: string; port?: unknown } };
}

interface ProxyRoute {
  proxyHost: string;
  proxyPort: unknown;
  target: string;
}

function proxyRoute(options: RequestOptionsLike): ProxyRoute | undefined {
  const host = options.hostname ?? options.host ?? 'localhost';
  const path = options.path ?? '/';
  if (/^https?:\/\//i.test(path) || options.method?.toUpperCase() === 'CONNECT') {
    return { proxyHost: host, proxyPort: options.port, target: path };
  }
  const agentProxy = options.agent?.proxyOptions ?? options.agent?.proxy;
  if (agentProxy && typeof agentProxy === 'object') {
    const proxyHost = (agentProxy as { host?: string }).host ?? (agentProxy as { hostname?: string }).hostname ?? 'localhost';
    const target = `${options.protocol ?? 'http:'}//${host}${options.port ? `:${String(options.port)}` : ''}${path}`;
    return { proxyHost, proxyPort: agentProxy.port, target };
  }
  return undefined;
}

type RequestFunction = (...args: unknown[]) => http.ClientRequest;
type Write = (this: http.ClientRequest, chunk?: unknown, ...rest: unknown[]) => unknown;

function guardProxiedRequests(proxiedRequests: ProxiedRequest[]): () => void {
  const restores: Array<() => void> = [];
  for (const module of [http, https] as unknown as Array<Record<'request' | 'get', RequestFunction>>) {
    for (const name of ['request', 'get'] as const) {
      const original = module[name];
      module[name] = function guardedRequest(this: unknown, ...args: unknown[]) {
        const optionsIndex = typeof args[0] === 'object' && args[0] !== null && !(args[0] instanceof URL) ? 0 : 1;
        const options = args[optionsIndex];
        const route = typeof options === 'object' && options !== null ? proxyRoute(options as RequestOptionsLike) : undefined;
        if (route) {
          proxiedRequests.push({ proxy: `${route.proxyHost}:${String(route.proxyPort)}`, target: route.target });
          const targetUrl = /^https?:\/\//i.test(route.target) ? new URL(route.target) : undefined;
          // Only what locates the proxy: request's `uri`/`href` or an agent would let the interceptor recover the target.
          args[optionsIndex] = {
            hostname: route.proxyHost,
            port: route.proxyPort,
            path: targetUrl ? targetUrl.pathname + targetUrl.search : '/',
            method: (options as RequestOptionsLike).method,
            headers: (options as RequestOptionsLike).headers,
          };
          if (optionsIndex === 1) args.splice(0, 1);
        }
        return original.apply(this, args);
      };
      restores.push(() => {
        module[name] = original;
      });
    }
  }
  return () => restores.forEach((restore) => restore());
}

function recordBodiesOnGet(records: string[]): () => void {
  const prototype = http.ClientRequest.prototype as unknown as Record<'write' | 'end', Write>;
  const originals = { write: prototype.write, end: prototype.end };
  const hadOwn = { write: Object.hasOwn(prototype, 'write'), end: Object.hasOwn(prototype, 'end') };
  for (const name of ['write', 'end'] as const) {
    prototype[name] = function recordingWrite(this: http.ClientRequest, chunk?: unknown, ...rest: unknown[]) {
      const nonEmpty = (typeof chunk === 'string' || chunk instanceof Uint8Array) && chunk.length > 0;
      if (/^(?:GET|HEAD)$/i.test(this.method) && nonEmpty) records.push(`${this.method} ${this.host}${this.path}`);
      return originals[name].call(this, chunk, ...rest);
    };
  }
  return () => {
    for (const name of ['write', 'end'] as const) {
      if (hadOwn[name]) prototype[name] = originals[name];
      else delete (prototype as Partial<Record<'write' | 'end', Write>>)[name];
    }
  };
}

/**
 * Makes in-process interception as strict as the HTTP server fakes. Install it after msw's `server.listen()`
 * (or after nock is loaded), and restore it before closing them.
 */
export function guardInterception(): InterceptionGuard {
  const proxiedRequests: ProxiedRequest[] = [];
  const bodiesOnGet: string[] = [];
  const restores = [guardProxiedRequests(proxiedRequests), recordBodiesOnGet(bodiesOnGet)];
  // `import * as http from 'node:http'` sees the builtin's ESM named exports, which follow the CommonJS module only when asked to.
  syncBuiltinESMExports();
  return {
    proxiedRequests,
    bodiesOnGet,
    restore() {
      restores
        .splice(0)
        .reverse()
        .forEach((restore) => restore());
      syncBuiltinESMExports();
    },
  };
}
