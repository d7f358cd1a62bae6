// One msw server for the whole test file: every request that no installed fake handles fails, so nothing
// leaves the process (test/setup/no-real-network.ts is the second fence behind this one). mi-codemod/testing's
// guardInterception sends a request meant for a proxy to the proxy's address, and records bodies on GETs.
import { setupServer } from 'msw/node';
import { guardInterception, type InterceptionGuard, type ProxiedRequest } from '../../src/testing';

/** An msw server with no handlers yet; install a fake with `server.resetHandlers(...imdsHandlers(options))`. */
export function createInterceptingServer() {
  const server = setupServer();
  let guard: InterceptionGuard | undefined;
  return {
    server,
    /** Requests a client tried to send through an HTTP(S) proxy (tests empty it when they need to). */
    get proxiedRequests(): ProxiedRequest[] {
      return guard?.proxiedRequests ?? [];
    },
    /** GET/HEAD requests that node:http wrote a body for, which msw would silently drop. */
    get bodiesOnGet(): string[] {
      return guard?.bodiesOnGet ?? [];
    },
    start() {
      server.listen({ onUnhandledRequest: 'error' });
      guard = guardInterception();
    },
    stop() {
      guard?.restore();
      server.close();
    },
  };
}
