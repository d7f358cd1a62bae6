// One msw server for the whole test file: every request that no installed fake handles fails, so nothing
// leaves the process (test/setup/no-real-network.ts is the second fence behind this one).
import { syncBuiltinESMExports } from 'node:module';
import { setupServer } from 'msw/node';
import { installGetBodyRecorder } from './getBodyRecorder';
import { installProxyFormGuard, type ProxiedRequest } from './proxyFormGuard';

/** An msw server with no handlers yet; install a fake with `server.resetHandlers(...fake.handlers)`. */
export function createInterceptingServer() {
  const server = setupServer();
  const uninstallers: Array<() => void> = [];
  const proxiedRequests: ProxiedRequest[] = [];
  const bodiesOnGet: string[] = [];
  return {
    server,
    /** Requests a client tried to send through an HTTP(S) proxy (tests empty it when they need to). */
    proxiedRequests,
    /** GET/HEAD requests that node:http wrote a body for, which msw would silently drop. */
    bodiesOnGet,
    start() {
      server.listen({ onUnhandledRequest: 'error' });
      uninstallers.push(installProxyFormGuard(proxiedRequests), installGetBodyRecorder(bodiesOnGet));
      // `import * as http from 'node:http'` sees the builtin's ESM named exports, which are only updated
      // from the patched CommonJS module when asked to.
      syncBuiltinESMExports();
    },
    stop() {
      uninstallers
        .splice(0)
        .reverse()
        .forEach((uninstall) => uninstall());
      server.close();
      syncBuiltinESMExports();
    },
  };
}
