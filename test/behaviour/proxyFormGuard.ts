// msw answers a request by the URL it reconstructs from the request options, so a request sent through a
// proxy looks direct to it: an absolute-form path (`GET http://169.254.169.254/... HTTP/1.1`, how axios and
// request talk to an HTTP proxy) is read back as the target, and a tunnelling agent (ms-rest-js) is ignored.
// This guard sits in front of msw and turns such a request back into what it is, a request to the proxy's
// own address, which no fake handles: it fails as it would against an unreachable proxy.
import http from 'node:http';
import https from 'node:https';

/** A request a client tried to send through a proxy. */
export interface ProxiedRequest {
  proxy: string;
  target: string;
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

/** Wraps http(s).request/get, appending every proxied request to `proxiedRequests`; returns the uninstaller. */
export function installProxyFormGuard(proxiedRequests: ProxiedRequest[]): () => void {
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
          // Only what locates the proxy: request's `uri`/`href` or an agent would let msw recover the target.
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
