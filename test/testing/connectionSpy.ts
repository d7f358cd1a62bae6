// Sends nothing itself: 169.254.169.254 appears as the URL the transports under test intercept (msw in-process, or
// the fake served on 127.0.0.1); test/setup/no-real-network.ts refuses any non-loopback socket behind them all.
// Shared by the no-forwarding tests: a spy on every socket connection, and stray requests to the IMDS host.
import net from 'node:net';
import { afterEach, beforeEach, expect } from 'vitest';
import type { FakeEndpointState } from '../../src/testing';
import { VALID_QUERY } from './ruleCases';

/** Every socket connection attempted while a test runs, as `host:port`. */
export const attempts: string[] = [];
const originalConnect = net.Socket.prototype.connect;
/** Installs the spy around every test of the file that calls it. */
export function spyOnConnections(): void {
  beforeEach(() => {
    attempts.length = 0;
    net.Socket.prototype.connect = function spyingConnect(this: net.Socket, ...args: unknown[]) {
      // net.connect() and http.request() hand the socket their options normalised into an array.
      const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { host?: string; port?: number } | number;
      attempts.push(
        typeof first === 'object' ? `${first.host ?? 'localhost'}:${first.port}` : `${String(args[1] ?? 'localhost')}:${first}`,
      );
      return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
    } as typeof net.Socket.prototype.connect;
  });
  afterEach(() => {
    net.Socket.prototype.connect = originalConnect;
  });
}

/** Requests to the IMDS host that the fake must answer itself, or refuse with a network error, never pass on. */
const STRAYS: Array<[string, RequestInit?]> = [
  [`http://169.254.169.254:8080/metadata/identity/oauth2/token?${VALID_QUERY}`],
  [`https://169.254.169.254/metadata/identity/oauth2/token?${VALID_QUERY}`],
  ['http://169.254.169.254/metadata/instance?api-version=2021-02-01'],
  [`http://169.254.169.254/metadata/identity/oauth2/token?${VALID_QUERY}`, { method: 'DELETE' }],
];

export async function sendStrays(fake: FakeEndpointState) {
  const outcomes: string[] = [];
  for (const [url, init] of STRAYS) {
    try {
      const response = await fetch(url, { ...init, headers: { Metadata: 'true' } });
      outcomes.push(String(response.status));
    } catch {
      outcomes.push('network error');
    }
  }
  expect(outcomes).toEqual(['network error', 'network error', '404', '405']);
  expect(fake.requests.map((request) => request.refused ?? request.status)).toEqual([
    'nothing listens on http://169.254.169.254:8080',
    'nothing listens on https://169.254.169.254',
    404,
    405,
  ]);
  expect(attempts.filter((attempt) => !attempt.startsWith('127.0.0.1') && !attempt.startsWith('localhost'))).toEqual([]);
}
