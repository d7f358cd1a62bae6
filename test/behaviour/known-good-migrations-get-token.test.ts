// Positive controls for the strict fake IMDS: a hand-migrated request from every client gets its token, with
// and without a proxy configured. A failing case in migrated-code-gets-token is then the engine's doing.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LegacyCaseModule } from './behaviourCase';
import { createImdsServer, FAKE_IMDS_ACCESS_TOKEN as IMDS_ACCESS_TOKEN, imdsHandlers, type FakeServer } from '../../src/testing';
import { opensOwnSockets } from './caseFiles';
import { fakeVmFor } from './expectedCall';
import { createInterceptingServer } from './interceptNetwork';
import { imdsRoute, routeUndici } from './undiciRouting';

const KNOWN_GOOD_DIR = path.join(__dirname, 'known-good');
const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'];

const network = createInterceptingServer();
beforeAll(() => network.start());
/** The fake served on 127.0.0.1 for a client msw cannot see, and what undoes its routing. */
const served: { fake?: FakeServer; unroute?: () => void } = {};
afterEach(async () => {
  network.server.resetHandlers();
  served.unroute?.();
  await served.fake?.close();
  served.fake = served.unroute = undefined;
});
afterAll(() => network.stop());

const names = fs
  .readdirSync(KNOWN_GOOD_DIR)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.slice(0, -3))
  .sort();

describe.each(names)('%s', (name) => {
  it.each([false, true])('gets its token from the strict fake IMDS (proxy configured: %s)', async (withProxy) => {
    const migrated = (await import(path.join(KNOWN_GOOD_DIR, `${name}.ts`))) as LegacyCaseModule;
    let imds: { requests: Array<{ status: number }> };
    if (opensOwnSockets(name)) {
      served.fake = await createImdsServer(fakeVmFor(migrated.sends));
      served.unroute = routeUndici(imdsRoute(served.fake));
      imds = served.fake;
    } else {
      const handlers = imdsHandlers(fakeVmFor(migrated.sends));
      network.server.resetHandlers(...handlers);
      imds = handlers;
    }
    network.proxiedRequests.length = 0;
    network.bodiesOnGet.length = 0;
    const saved = PROXY_VARIABLES.map((variable) => process.env[variable]);
    if (withProxy) for (const variable of PROXY_VARIABLES) process.env[variable] = 'http://127.0.0.1:9';
    try {
      expect(await migrated.getToken(migrated.sends.resource, migrated.sends.identity)).toBe(IMDS_ACCESS_TOKEN);
    } finally {
      PROXY_VARIABLES.forEach((variable, index) => {
        if (saved[index] === undefined) delete process.env[variable];
        else process.env[variable] = saved[index];
      });
    }
    expect(
      imds.requests.map((r) => r.status),
      JSON.stringify(imds.requests, null, 1),
    ).toEqual([200]);
    expect(network.proxiedRequests).toEqual([]);
    expect(network.bodiesOnGet).toEqual([]);
  });
});
