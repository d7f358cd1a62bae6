// The fake of the retired VM extension, for before-and-after tests: GET with a query or POST with a form body,
// `Metadata: true` as the extension required it, the same identities and resources as the IMDS fake.
import { setupServer } from 'msw/node';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createExtensionServer,
  extensionHandlers,
  extensionNock,
  FAKE_EXTENSION_ACCESS_TOKEN,
  type ExtensionOptions,
  type FakeServer,
} from '../../src/testing';
import { ARM, CLIENT_ID, ENCODED_ARM, METADATA, send, type Attempt } from './ruleCases';

const FORM = { ...METADATA, 'Content-Type': 'application/x-www-form-urlencoded' };
const OPTIONS: ExtensionOptions = { resources: [ARM], userAssigned: [{ client_id: CLIENT_ID }] };

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ask(attempt: Attempt, options: ExtensionOptions = OPTIONS) {
  server = await createExtensionServer(options);
  return send(server.url, attempt);
}

describe('the fake VM extension (HTTP server)', () => {
  it.each<[string, Attempt, ExtensionOptions?]>([
    ['a GET with a query', { path: `/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA }],
    ['an unencoded resource', { path: `/oauth2/token?resource=${ARM}`, headers: METADATA }],
    ['a form POST', { method: 'POST', path: '/oauth2/token', headers: FORM, body: `resource=${ENCODED_ARM}` }],
    [
      'a form POST with client_id',
      { method: 'POST', path: '/oauth2/token', headers: FORM, body: `resource=${ENCODED_ARM}&client_id=${CLIENT_ID}` },
    ],
    [
      'no header, when told the code sends none',
      { path: `/oauth2/token?resource=${ENCODED_ARM}` },
      { ...OPTIONS, metadataHeader: 'forbidden' },
    ],
    ['no header, when told to ignore it', { path: `/oauth2/token?resource=${ENCODED_ARM}` }, { ...OPTIONS, metadataHeader: 'ignored' }],
  ])('issues a token for %s', async (_name, attempt, options) => {
    const answer = await ask(attempt, options);
    expect(answer).toMatchObject({ status: 200, body: { access_token: FAKE_EXTENSION_ACCESS_TOKEN, resource: ARM, token_type: 'Bearer' } });
    expect(server?.requests.map((request) => request.status)).toEqual([200]);
  });

  it.each<[string, Attempt, number, Record<string, unknown>, ExtensionOptions?]>([
    [
      'no Metadata header',
      { path: `/oauth2/token?resource=${ENCODED_ARM}` },
      400,
      { error: 'bad_request_102', error_description: 'Required metadata header not specified' },
    ],
    [
      'a Metadata header from code said to send none',
      { path: `/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA },
      400,
      {
        error: 'invalid_request',
        error_description: 'Metadata: true was sent, but this fake was told the code under test sends no Metadata header',
      },
      { ...OPTIONS, metadataHeader: 'forbidden' },
    ],
    [
      'another path',
      { path: `/metadata/identity/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA },
      401,
      {
        error: 'unknown_source',
        error_description: expect.stringMatching(/^Unknown Source http:\/\/127\.0\.0\.1:\d+\/metadata\/identity/),
      },
    ],
    [
      'a JSON POST',
      {
        method: 'POST',
        path: '/oauth2/token',
        headers: { ...METADATA, 'Content-Type': 'application/json' },
        body: JSON.stringify({ resource: ARM }),
      },
      400,
      { error: 'invalid_request', error_description: 'A POST must carry an application/x-www-form-urlencoded body' },
    ],
    [
      'a DELETE',
      { method: 'DELETE', path: `/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA },
      405,
      { error: 'invalid_request', error_description: 'DELETE is not supported: use GET or POST' },
    ],
    [
      'no resource',
      { path: '/oauth2/token', headers: METADATA },
      400,
      { error: 'invalid_request', error_description: "Required parameter 'resource' is missing" },
    ],
    [
      'another resource',
      { path: '/oauth2/token?resource=https://vault.azure.net', headers: METADATA },
      400,
      {
        error: 'invalid_resource',
        error_description:
          'AADSTS50001: The application named https://vault.azure.net was not found in the tenant named 72f988bf-0000-4000-8000-0000000f7e57.',
      },
    ],
    [
      'an unknown client_id',
      { path: `/oauth2/token?resource=${ENCODED_ARM}&client_id=nobody`, headers: METADATA },
      400,
      { error: 'invalid_request', error_description: 'Identity not found' },
    ],
  ])('rejects %s', async (_name, attempt, status, body, options) => {
    const answer = await ask(attempt, options);
    expect({ status: answer.status, body: answer.body }).toEqual({ status, body });
    expect(server?.requests.map((request) => request.status)).toEqual([status]);
  });
});

describe('the fake VM extension in-process', () => {
  describe('msw', () => {
    const msw = setupServer();
    beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
    afterAll(() => msw.close());

    it.each(['http://localhost:50342', 'http://127.0.0.1:50342', 'http://[::1]:50342', 'http://localhost:50343'])(
      'answers %s (50343 configured)',
      async (origin) => {
        const extension = extensionHandlers({ ...OPTIONS, ports: [50343] });
        msw.resetHandlers(...extension);
        const answer = await send(origin, { path: `/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA });
        expect(answer.body.access_token).toBe(FAKE_EXTENSION_ACCESS_TOKEN);
        expect(extension.requests).toHaveLength(1);
      },
    );

    it('leaves other loopback ports to other handlers (here: none, so the request fails)', async () => {
      const extension = extensionHandlers(OPTIONS);
      msw.resetHandlers(...extension);
      await expect(send('http://localhost:50343', { path: `/oauth2/token?resource=${ENCODED_ARM}`, headers: METADATA })).rejects.toThrow();
      expect(extension.requests).toEqual([]);
    });
  });

  describe('nock', () => {
    beforeAll(() => nock.disableNetConnect());
    afterAll(() => {
      nock.cleanAll();
      nock.enableNetConnect();
    });

    it('answers a form POST on 127.0.0.1:50342', async () => {
      const extension = extensionNock(OPTIONS);
      try {
        const answer = await send('http://127.0.0.1:50342', {
          method: 'POST',
          path: '/oauth2/token',
          headers: FORM,
          body: `resource=${ENCODED_ARM}`,
        });
        expect(answer).toMatchObject({ status: 200, body: { access_token: FAKE_EXTENSION_ACCESS_TOKEN } });
        expect(extension.requests.map((request) => [request.method, request.status, request.body])).toEqual([
          ['POST', 200, `resource=${ENCODED_ARM}`],
        ]);
      } finally {
        extension.remove();
      }
    });
  });
});
