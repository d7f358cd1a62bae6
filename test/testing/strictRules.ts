// Sends nothing itself: 169.254.169.254 appears as the URL the transports under test intercept (msw in-process, or
// the fake served on 127.0.0.1); test/setup/no-real-network.ts refuses any non-loopback socket behind them all.
// The strictness suite every transport must pass: each mistake gets IMDS's exact status and error body, each
// accepted request a token for the right identity, and every request is recorded.
import { describe, expect, it } from 'vitest';
import { FAKE_IMDS_ACCESS_TOKEN, FAKE_SYSTEM_ASSIGNED_CLIENT_ID, type FakeEndpointState, type ImdsOptions } from '../../src/testing';
import { ACCEPTED, ARM, REJECTED, VM, send } from './ruleCases';

/** Starts a fake with `options`; `origin` is where requests for IMDS go (the server's URL, or http://169.254.169.254). */
export type StartFake = (options: ImdsOptions) => Promise<{ origin: string; fake: FakeEndpointState; stop(): Promise<void> | void }>;

export function describeStrictRules(transport: string, start: StartFake): void {
  describe(`the strict fake IMDS (${transport})`, () => {
    it.each(REJECTED)('rejects %s with IMDS status and error body', async (_name, attempt, expected) => {
      const { origin, fake, stop } = await start(VM);
      try {
        const answer = await send(origin, attempt);
        expect({ status: answer.status, body: answer.body }).toEqual(expected);
        expect(answer.headers['content-type']).toMatch(/^application\/json/);
        expect(fake.requests).toHaveLength(1);
        expect(fake.requests[0]).toMatchObject({ method: attempt.method ?? 'GET', status: expected.status, response: expected.body });
        expect(fake.requests[0].grant).toBeUndefined();
      } finally {
        await stop();
      }
    });

    it.each(ACCEPTED)('issues a token for %s', async (_name, attempt, clientId) => {
      const { origin, fake, stop } = await start(VM);
      try {
        const answer = await send(origin, attempt);
        const expectedClientId = clientId === 'system' ? FAKE_SYSTEM_ASSIGNED_CLIENT_ID : clientId;
        expect(answer.status).toBe(200);
        expect(answer.body).toMatchObject({
          access_token: FAKE_IMDS_ACCESS_TOKEN,
          client_id: expectedClientId,
          resource: ARM,
          token_type: 'Bearer',
          refresh_token: '',
        });
        // IMDS sends every value as a string; expires_on is epoch seconds in the future.
        expect(Object.values(answer.body).every((value) => typeof value === 'string')).toBe(true);
        expect(Number(answer.body.expires_on)).toBeGreaterThan(Date.now() / 1000);
        expect(fake.requests).toHaveLength(1);
        expect(fake.requests[0]).toMatchObject({ status: 200, grant: { resource: ARM, identity: { client_id: expectedClientId } } });
        expect(fake.requests[0].headers.metadata).toBe('true');
      } finally {
        await stop();
      }
    });

    it('answers injected faults first, in order, then judges again', async () => {
      const { origin, fake, stop } = await start({ ...VM, faults: [{ status: 429 }] });
      try {
        fake.injectFaults({ status: 503, times: 2 }, { status: 404, body: { error: 'custom' }, headers: { 'retry-after': '1' } });
        const valid = { path: `/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${ARM}`, headers: { Metadata: 'true' } };
        const answers = [];
        for (let i = 0; i < 5; i++) answers.push(await send(origin, valid));
        expect(answers.map((answer) => answer.status)).toEqual([429, 503, 503, 404, 200]);
        expect(answers[0].body).toEqual({
          error: 'too_many_requests',
          error_description: 'IMDS throttle limit reached (20 requests per second, 5 at once)',
        });
        expect(answers[1].body).toMatchObject({ error: 'service_unavailable' });
        expect(answers[3].body).toEqual({ error: 'custom' });
        expect(answers[3].headers['retry-after']).toBe('1');
        expect(fake.requests.map((request) => [request.status, request.fault ?? false])).toEqual([
          [429, true],
          [503, true],
          [503, true],
          [404, true],
          [200, false],
        ]);
        fake.reset();
        expect(fake.requests).toEqual([]);
      } finally {
        await stop();
      }
    });
  });
}
