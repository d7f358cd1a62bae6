// The two routes docs/testing.md describes for pointing code at the fake, with fetch and axios: an injected
// base URL served by createImdsServer, and msw interception of 169.254.169.254 (with guardInterception, which
// makes a request that goes through HTTP(S)_PROXY fail as it would on a VM).
import axios from 'axios';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createImdsServer, FAKE_IMDS_ACCESS_TOKEN, guardInterception, imdsHandlers, IMDS_ORIGIN, type FakeServer } from '../../src/testing';

const VAULT = 'https://vault.azure.net';

/** Code under test, written to take IMDS's base URL (default: the real one). */
async function tokenWithFetch(resource: string, imdsBase = IMDS_ORIGIN): Promise<string> {
  const url = new URL('/metadata/identity/oauth2/token', imdsBase);
  url.searchParams.set('api-version', '2018-02-01');
  url.searchParams.set('resource', resource);
  const response = await fetch(url, { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`IMDS answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function tokenWithAxios(resource: string, imdsBase = IMDS_ORIGIN, bypassProxy = true): Promise<string> {
  const response = await axios.get<{ access_token: string }>(`${imdsBase}/metadata/identity/oauth2/token`, {
    params: { 'api-version': '2018-02-01', resource },
    headers: { Metadata: 'true' },
    timeout: 5000,
    ...(bypassProxy ? { proxy: false as const } : {}),
  });
  return response.data.access_token;
}

describe('route 1: an injected base URL and createImdsServer', () => {
  let imds: FakeServer;
  beforeAll(async () => {
    imds = await createImdsServer({ resources: [VAULT] });
  });
  afterEach(() => imds.reset());
  afterAll(() => imds.close());

  it.each([
    ['fetch', tokenWithFetch],
    ['axios', tokenWithAxios],
  ])('%s gets its token', async (_client, getToken) => {
    expect(await getToken(VAULT, imds.url)).toBe(FAKE_IMDS_ACCESS_TOKEN);
    expect(imds.requests.map((request) => [request.method, request.status])).toEqual([['GET', 200]]);
  });
});

describe('route 2: msw intercepts 169.254.169.254', () => {
  const imds = imdsHandlers({ resources: [VAULT] });
  const server = setupServer(...imds);
  let guard: ReturnType<typeof guardInterception>;
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' });
    guard = guardInterception();
  });
  afterEach(() => {
    imds.reset();
    guard.proxiedRequests.length = 0;
    for (const name of ['HTTP_PROXY', 'http_proxy']) delete process.env[name];
  });
  afterAll(() => {
    guard.restore();
    server.close();
  });

  it.each([
    ['fetch', tokenWithFetch],
    ['axios', tokenWithAxios],
  ])('%s gets its token', async (_client, getToken) => {
    expect(await getToken(VAULT)).toBe(FAKE_IMDS_ACCESS_TOKEN);
    expect(
      imds.requests.map((request) => [new URL(request.url).origin, new URL(request.url).searchParams.get('resource'), request.status]),
    ).toEqual([[IMDS_ORIGIN, VAULT, 200]]);
  });

  it('axios behind HTTP_PROXY reaches IMDS only with proxy: false', async () => {
    process.env.HTTP_PROXY = 'http://127.0.0.1:9';
    await expect(tokenWithAxios(VAULT, IMDS_ORIGIN, false)).rejects.toThrow();
    expect(guard.proxiedRequests).toEqual([
      { proxy: '127.0.0.1:9', target: expect.stringMatching(/^http:\/\/169\.254\.169\.254\/metadata\//) },
    ]);
    expect(imds.requests).toEqual([]);
    expect(await tokenWithAxios(VAULT, IMDS_ORIGIN, true)).toBe(FAKE_IMDS_ACCESS_TOKEN);
  });

  it('records a body that node:http writes on a GET (msw itself never sees it)', async () => {
    await new Promise<void>((resolve, reject) => {
      const request = require('node:http').request(
        `${IMDS_ORIGIN}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${VAULT}`,
        { headers: { Metadata: 'true' } },
        (response: import('node:http').IncomingMessage) => response.resume().on('end', resolve),
      );
      request.on('error', reject);
      request.end('resource=x');
    });
    expect(guard.bodiesOnGet).toEqual([`GET 169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${VAULT}`]);
    guard.bodiesOnGet.length = 0;
  });
});
