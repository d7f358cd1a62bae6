import { setupServer } from 'msw/node';
import { afterAll, beforeAll } from 'vitest';
import { IMDS_ORIGIN, imdsHandlers } from '../../src/testing';
import { describeStrictRules } from './strictRules';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describeStrictRules('msw handlers', async (options) => {
  const imds = imdsHandlers(options);
  server.resetHandlers(...imds);
  return { origin: IMDS_ORIGIN, fake: imds, stop: () => server.resetHandlers() };
});
