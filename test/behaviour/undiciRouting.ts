// npm undici's own `request` opens its sockets itself, past node:http and the global fetch, so msw and nock never
// see it. Its cases get the fakes served on 127.0.0.1 (mi-codemod/testing's createImdsServer and
// createExtensionServer), and undici's global dispatcher becomes an Agent whose sockets go to the fake that stands
// for the host asked for: the request keeps its own Host header, path, verb and body. A host no fake stands for
// gets a connection error, so nothing leaves the machine (test/setup/no-real-network.ts is the second fence).
import net from 'node:net';
import { Agent, getGlobalDispatcher, setGlobalDispatcher } from 'undici';
import type { FakeServer } from '../../src/testing';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1', '[::1]'];

/** Which fake (by its 127.0.0.1 port) answers for `host:port`, if any. */
type Route = (host: string, port: number) => number | undefined;

/** The fake IMDS answers for 169.254.169.254:80 only. */
export function imdsRoute(fake: FakeServer): Route {
  return (host, port) => (host === '169.254.169.254' && port === 80 ? fake.port : undefined);
}

/** The fake extension answers for the loopback hosts on its ports. */
export function extensionRoute(fake: FakeServer, ports: number[]): Route {
  return (host, port) => (LOOPBACK_NAMES.includes(host) && ports.includes(port) ? fake.port : undefined);
}

/** Makes undici's global dispatcher connect through `route`; returns what puts the previous one back. */
export function routeUndici(route: Route): () => void {
  const previous = getGlobalDispatcher();
  const agent = new Agent({
    connect: (options, callback) => {
      const port = Number(options.port) || (options.protocol === 'https:' ? 443 : 80);
      const target = route(options.hostname, port);
      if (target === undefined) {
        callback(new Error(`no fake stands for ${options.protocol}//${options.hostname}:${port} in this test`), null);
        return;
      }
      const socket = net.connect({ host: '127.0.0.1', port: target });
      socket.once('connect', () => callback(null, socket));
      socket.once('error', (error) => callback(error, null));
    },
  });
  setGlobalDispatcher(agent);
  return () => {
    setGlobalDispatcher(previous);
    void agent.close();
  };
}
