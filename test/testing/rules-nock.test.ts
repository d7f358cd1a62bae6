import nock from 'nock';
import { afterAll, beforeAll } from 'vitest';
import { IMDS_ORIGIN, imdsNock } from '../../src/testing';
import { describeStrictRules } from './strictRules';

beforeAll(() => nock.disableNetConnect());
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describeStrictRules('nock interceptors', async (options) => {
  const imds = imdsNock(options);
  return { origin: IMDS_ORIGIN, fake: imds, stop: () => imds.remove() };
});
