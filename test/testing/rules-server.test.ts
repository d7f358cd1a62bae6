import { createImdsServer } from '../../src/testing';
import { describeStrictRules } from './strictRules';

describeStrictRules('HTTP server on 127.0.0.1', async (options) => {
  const server = await createImdsServer(options);
  return { origin: server.url, fake: server, stop: () => server.close() };
});
