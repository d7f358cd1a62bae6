// Negative controls: the fakes reject what the real services reject, so a migrated request that passes
// the behavioural test would pass against real IMDS too.
import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  extensionHandlers,
  FAKE_EXTENSION_ACCESS_TOKEN as EXTENSION_ACCESS_TOKEN,
  FAKE_IMDS_ACCESS_TOKEN as IMDS_ACCESS_TOKEN,
  imdsHandlers,
  type ExtensionOptions,
} from '../../src/testing';
import { fakeVmFor, type ExpectedCall } from './expectedCall';
import { createInterceptingServer } from './interceptNetwork';

const ARM = 'https://management.azure.com/';
const ENCODED_ARM = encodeURIComponent(ARM);
const IMDS_TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token';
const VALID_QUERY = `api-version=2018-02-01&resource=${ENCODED_ARM}`;
const CLIENT_ID = '6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b';
const RES_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/app';
const METADATA = { Metadata: 'true' };

const network = createInterceptingServer();
beforeAll(() => network.start());
afterEach(() => network.server.resetHandlers());
afterAll(() => network.stop());

interface Attempt {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends one request with node:http (which, unlike fetch, can put a body on a GET). */
function send(attempt: Attempt): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(attempt.url, { method: attempt.method ?? 'GET', headers: attempt.headers ?? {} }, (res) => {
      let raw = '';
      res.on('data', (chunk) => (raw += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(raw) }));
    });
    req.on('error', reject);
    if (attempt.body !== undefined) req.write(attempt.body);
    req.end();
  });
}

async function askImds(expected: ExpectedCall, attempt: Attempt) {
  const imds = imdsHandlers(fakeVmFor(expected));
  network.server.resetHandlers(...imds);
  const response = await send(attempt);
  return { response, requests: imds.requests };
}

describe('the strict fake IMDS', () => {
  it.each<[string, ExpectedCall, Attempt]>([
    ['a correct request', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`, headers: METADATA }],
    ['a lower-case header name', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`, headers: { metadata: 'true' } }],
    [
      'another IMDS api-version',
      { resource: ARM },
      { url: `${IMDS_TOKEN_URL}?api-version=2021-02-01&resource=${ENCODED_ARM}`, headers: METADATA },
    ],
    ['an unencoded resource', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?api-version=2018-02-01&resource=${ARM}`, headers: METADATA }],
    [
      'the expected client_id',
      { resource: ARM, identity: { client_id: CLIENT_ID } },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&client_id=${CLIENT_ID}`, headers: METADATA },
    ],
    [
      'mi_res_id for an expected msi_res_id',
      { resource: ARM, identity: { msi_res_id: RES_ID } },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&mi_res_id=${encodeURIComponent(RES_ID)}`, headers: METADATA },
    ],
  ])('issues a token for %s', async (_name, expected, attempt) => {
    const { response, requests } = await askImds(expected, attempt);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ access_token: IMDS_ACCESS_TOKEN, refresh_token: '', resource: ARM, token_type: 'Bearer' });
    expect(Object.values(response.body).every((value) => typeof value === 'string')).toBe(true);
    expect(requests.map((r) => r.status)).toEqual([200]);
  });

  it.each<[string, ExpectedCall, Attempt, number]>([
    ['no api-version', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?resource=${ENCODED_ARM}`, headers: METADATA }, 400],
    [
      'a duplicated api-version',
      { resource: ARM },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&api-version=2018-02-01`, headers: METADATA },
      400,
    ],
    [
      "App Service's api-version 2019-08-01",
      { resource: ARM },
      { url: `${IMDS_TOKEN_URL}?api-version=2019-08-01&resource=${ENCODED_ARM}`, headers: METADATA },
      400,
    ],
    ['a POST', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`, method: 'POST', headers: METADATA }, 405],
    [
      'a legacy form POST',
      { resource: ARM },
      {
        url: `${IMDS_TOKEN_URL}?api-version=2018-02-01`,
        method: 'POST',
        headers: { ...METADATA, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `resource=${ENCODED_ARM}`,
      },
      405,
    ],
    ['the legacy path', { resource: ARM }, { url: `http://169.254.169.254/oauth2/token?${VALID_QUERY}`, headers: METADATA }, 404],
    ['a trailing slash on the path', { resource: ARM }, { url: `${IMDS_TOKEN_URL}/?${VALID_QUERY}`, headers: METADATA }, 404],
    ['no Metadata header', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}` }, 400],
    ['Metadata: True', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`, headers: { Metadata: 'True' } }, 400],
    ['Metadata: false', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`, headers: { Metadata: 'false' } }, 400],
    [
      'an X-Forwarded-For header',
      { resource: ARM },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`, headers: { ...METADATA, 'X-Forwarded-For': '10.0.0.4' } },
      400,
    ],
    // Clients that put a body on a GET (axios `data`, request `body`/`form`) send its Content-Length.
    [
      'a body on a GET',
      { resource: ARM },
      {
        url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`,
        headers: { ...METADATA, 'Content-Length': String(`resource=${ENCODED_ARM}`.length) },
        body: `resource=${ENCODED_ARM}`,
      },
      400,
    ],
    ['no resource', { resource: ARM }, { url: `${IMDS_TOKEN_URL}?api-version=2018-02-01`, headers: METADATA }, 400],
    [
      'a resource without the trailing slash',
      { resource: ARM },
      { url: `${IMDS_TOKEN_URL}?api-version=2018-02-01&resource=https://management.azure.com`, headers: METADATA },
      400,
    ],
    [
      'a duplicated resource',
      { resource: ARM },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&resource=${ENCODED_ARM}`, headers: METADATA },
      400,
    ],
    [
      'two identity selectors',
      { resource: ARM, identity: { client_id: CLIENT_ID } },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&client_id=${CLIENT_ID}&object_id=${CLIENT_ID}`, headers: METADATA },
      400,
    ],
    [
      'both msi_res_id and mi_res_id',
      { resource: ARM, identity: { msi_res_id: RES_ID } },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&msi_res_id=${RES_ID}&mi_res_id=${RES_ID}`, headers: METADATA },
      400,
    ],
    [
      'another client_id',
      { resource: ARM, identity: { client_id: CLIENT_ID } },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&client_id=00000000-0000-0000-0000-000000000001`, headers: METADATA },
      400,
    ],
    [
      'the client_id value sent as object_id',
      { resource: ARM, identity: { client_id: CLIENT_ID } },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&object_id=${CLIENT_ID}`, headers: METADATA },
      400,
    ],
    [
      'no selector where one is expected',
      { resource: ARM, identity: { client_id: CLIENT_ID } },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`, headers: METADATA },
      400,
    ],
    [
      'a selector where none is expected',
      { resource: ARM },
      { url: `${IMDS_TOKEN_URL}?${VALID_QUERY}&client_id=${CLIENT_ID}`, headers: METADATA },
      400,
    ],
  ])('rejects %s', async (_name, expected, attempt, status) => {
    const { response, requests } = await askImds(expected, attempt);
    expect(response.status).toBe(status);
    expect(response.body).not.toHaveProperty('access_token');
    expect(typeof response.body.error).toBe('string');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ status, response: response.body });
  });

  it('notices a body that node:http writes on a GET without framing headers (msw drops it)', async () => {
    const imds = imdsHandlers(fakeVmFor({ resource: ARM }));
    network.server.resetHandlers(...imds);
    network.bodiesOnGet.length = 0;
    await send({ url: `${IMDS_TOKEN_URL}?${VALID_QUERY}`, headers: METADATA, body: `resource=${ENCODED_ARM}` });
    expect(network.bodiesOnGet).toEqual([`GET 169.254.169.254/metadata/identity/oauth2/token?${VALID_QUERY}`]);
  });

  it.each(['https://169.254.169.254/metadata/identity/oauth2/token', 'http://169.254.169.254:8080/metadata/identity/oauth2/token'])(
    'lets nothing through to another scheme or port: %s',
    async (base) => {
      const imds = imdsHandlers(fakeVmFor({ resource: ARM }));
      network.server.resetHandlers(...imds);
      await expect(fetch(`${base}?${VALID_QUERY}`, { headers: METADATA })).rejects.toThrow();
      expect(imds.requests.map((request) => [request.status, request.refused])).toEqual([
        [0, `nothing listens on ${new URL(base).origin}`],
      ]);
    },
  );
});

describe('the fake VM extension', () => {
  async function askExtension(expected: ExpectedCall, attempt: Attempt, options?: ExtensionOptions) {
    const extension = extensionHandlers({ ...fakeVmFor(expected), ...options });
    network.server.resetHandlers(...extension);
    const response = await send(attempt);
    return { response, requests: extension.requests };
  }

  it.each<[string, Attempt, ExtensionOptions?]>([
    ['a GET on localhost', { url: `http://localhost:50342/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA }],
    ['a GET on 127.0.0.1', { url: `http://127.0.0.1:50342/oauth2/token?resource=${ARM}`, headers: METADATA }],
    ['a GET on [::1]', { url: `http://[::1]:50342/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA }],
    [
      'a form POST',
      {
        url: 'http://localhost:50342/oauth2/token',
        method: 'POST',
        headers: { ...METADATA, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `resource=${ENCODED_ARM}`,
      },
    ],
    ['a configured port', { url: `http://localhost:50343/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA }, { ports: [50343] }],
    [
      'no header from code that never sent one',
      { url: `http://localhost:50342/oauth2/token?resource=${ENCODED_ARM}` },
      { metadataHeader: 'forbidden' },
    ],
  ])('issues a token for %s', async (_name, attempt, options) => {
    const { response, requests } = await askExtension({ resource: ARM }, attempt, options);
    expect(response.body).toMatchObject({ access_token: EXTENSION_ACCESS_TOKEN, resource: ARM });
    expect(requests.map((r) => r.status)).toEqual([200]);
  });

  it.each<[string, Attempt, ExtensionOptions?]>([
    ['no Metadata header', { url: `http://localhost:50342/oauth2/token?resource=${ENCODED_ARM}` }],
    [
      'a Metadata header from a case that declares none',
      { url: `http://localhost:50342/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA },
      { metadataHeader: 'forbidden' },
    ],
    [
      'a JSON POST',
      {
        url: 'http://localhost:50342/oauth2/token',
        method: 'POST',
        headers: { ...METADATA, 'Content-Type': 'application/json' },
        body: JSON.stringify({ resource: ARM }),
      },
    ],
    ['another resource', { url: 'http://localhost:50342/oauth2/token?resource=https://vault.azure.net', headers: METADATA }],
  ])('rejects %s', async (_name, attempt, options) => {
    const { response, requests } = await askExtension({ resource: ARM }, attempt, options);
    expect(response.status).toBe(400);
    expect(response.body).toHaveProperty('error');
    expect(requests.map((r) => r.status)).toEqual([400]);
  });

  it('does not answer on a port it was not configured for', async () => {
    const extension = extensionHandlers(fakeVmFor({ resource: ARM }));
    network.server.resetHandlers(...extension);
    await expect(send({ url: `http://localhost:50343/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA })).rejects.toThrow();
    expect(extension.requests).toEqual([]);
  });
});
