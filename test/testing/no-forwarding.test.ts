// The helpers never send anything on: the HTTP server refuses proxy requests and CONNECT tunnels and opens no
// connection of its own; the msw and nock fakes answer every request to 169.254.169.254 themselves (any port,
// scheme, verb or path), even where the suite lets unmatched requests through to the network.
import http from 'node:http';
import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { createImdsServer, imdsHandlers } from '../../src/testing';
import { attempts, sendStrays, spyOnConnections } from './connectionSpy';
import { ARM, VALID_QUERY } from './ruleCases';

spyOnConnections();

function rawRequest(port: number, options: http.RequestOptions): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, agent: false, ...options }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
    });
    request.on('connect', (response, socket) => {
      socket.destroy();
      resolve({ status: response.statusCode ?? 0, text: '' });
    });
    request.on('error', reject);
    request.end();
  });
}

describe('createImdsServer', () => {
  it('refuses requests sent to it as to a proxy and CONNECT tunnels, and connects nowhere itself', async () => {
    const server = await createImdsServer();
    try {
      const proxied = await rawRequest(server.port, {
        path: `http://169.254.169.254/metadata/identity/oauth2/token?${VALID_QUERY}`,
        headers: { Metadata: 'true', Host: '169.254.169.254' },
      });
      const elsewhere = await rawRequest(server.port, { path: 'http://example.com/', headers: { Host: 'example.com' } });
      const tunnel = await rawRequest(server.port, { method: 'CONNECT', path: '169.254.169.254:80' });
      const misaddressed = await rawRequest(server.port, {
        path: '/metadata/identity/oauth2/token',
        headers: { Host: 'example.com', Metadata: 'true' },
      });
      const redirected = await rawRequest(server.port, {
        path: `/metadata/identity/oauth2/token?${VALID_QUERY}`,
        headers: { Metadata: 'true', Host: '169.254.169.254' },
      });

      expect([proxied.status, elsewhere.status, tunnel.status, misaddressed.status, redirected.status]).toEqual([502, 502, 405, 421, 200]);
      expect(server.requests.map((request) => [request.status, request.refused ?? 'answered'])).toEqual([
        [502, 'sent to this server as to a proxy'],
        [502, 'sent to this server as to a proxy'],
        [405, 'a CONNECT tunnel request (this fake is no proxy)'],
        [421, 'addressed to example.com, which this fake does not stand for'],
        [200, 'answered'],
      ]);
      // The test's own five connections to the server, and nothing else.
      expect(attempts).toEqual(Array(5).fill(`127.0.0.1:${server.port}`));
    } finally {
      await server.close();
    }
  });
});

describe('imdsHandlers (msw)', () => {
  it("answers every request to 169.254.169.254 itself, even under onUnhandledRequest: 'bypass'", async () => {
    const imds = imdsHandlers({ resources: [ARM] });
    const server = setupServer(...imds);
    server.listen({ onUnhandledRequest: 'bypass' });
    try {
      await sendStrays(imds);
    } finally {
      server.close();
    }
  });
});
