// Which identity a request without a selector gets (as IMDS decides), the access token option, and latency.
import { afterEach, describe, expect, it } from 'vitest';
import { createImdsServer, FAKE_SYSTEM_ASSIGNED_CLIENT_ID, type FakeServer, type ImdsOptions } from '../../src/testing';
import { ARM, CLIENT_ID, send, VALID_QUERY } from './ruleCases';

const TOKEN = `/metadata/identity/oauth2/token?${VALID_QUERY}`;
let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function ask(options: ImdsOptions, path = TOKEN) {
  server = await createImdsServer(options);
  return send(server.url, { path, headers: { Metadata: 'true' } });
}

describe('a request without an identity selector', () => {
  it('gets the system-assigned identity when the VM has one', async () => {
    const answer = await ask({ userAssigned: [{ client_id: CLIENT_ID }] });
    expect(answer.body.client_id).toBe(FAKE_SYSTEM_ASSIGNED_CLIENT_ID);
  });

  it('gets the only user-assigned identity of a VM without a system-assigned one', async () => {
    const answer = await ask({ systemAssigned: false, userAssigned: [{ client_id: CLIENT_ID }] });
    expect(answer.body.client_id).toBe(CLIENT_ID);
  });

  it.each<[string, ImdsOptions]>([
    [
      'a VM with two user-assigned identities and no system-assigned one',
      { systemAssigned: false, userAssigned: [{ client_id: 'a' }, { client_id: 'b' }] },
    ],
    ['a VM with no identity at all', { systemAssigned: false }],
  ])('is refused on %s (Identity not found)', async (_name, options) => {
    const answer = await ask(options);
    expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_request', error_description: 'Identity not found' } });
  });

  it('may also select the system-assigned identity by its configured client_id', async () => {
    const answer = await ask({ systemAssigned: { client_id: 'system-client' } }, `${TOKEN}&client_id=system-client`);
    expect(answer).toMatchObject({ status: 200, body: { client_id: 'system-client' } });
  });
});

describe('options', () => {
  it('hands out the access token a function computes from the grant', async () => {
    const answer = await ask({ accessToken: ({ resource, identity }) => `token:${identity.kind}:${resource}` });
    expect(answer.body.access_token).toBe(`token:system-assigned:${ARM}`);
  });

  it('refuses a user-assigned identity configured without any id, when created', async () => {
    await expect(createImdsServer({ userAssigned: [{}] })).rejects.toThrow('userAssigned[0] names no id');
  });

  it('answers 500 naming the cause when an accessToken function throws (the request does not hang)', async () => {
    server = await createImdsServer({
      accessToken: () => {
        throw new Error('boom');
      },
    });
    const answer = await fetch(`${server.tokenUrl}?${VALID_QUERY}`, { headers: { Metadata: 'true' } });
    expect(answer.status).toBe(500);
    expect(await answer.text()).toContain('boom');
    expect(server.requests.at(-1)).toMatchObject({ status: 500, refused: 'the fake failed: Error: boom' });
  });

  it('waits latencyMs before answering', async () => {
    server = await createImdsServer({ latencyMs: 150 });
    const started = performance.now();
    const answer = await send(server.url, { path: TOKEN, headers: { Metadata: 'true' } });
    expect(answer.status).toBe(200);
    // A lower bound only: the fake must not answer before its latency (timers may fire up to 1 ms early).
    expect(performance.now() - started).toBeGreaterThanOrEqual(148);
  });

  it('accepts only the configured api-versions when given', async () => {
    const refused = await ask({ apiVersions: ['2021-02-01'] });
    expect(refused.status).toBe(400);
    expect(refused.body['newest-versions']).toEqual(['2021-02-01']);
  });
});
