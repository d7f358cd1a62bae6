// The behavioural tests' strict fake IMDS is mi-codemod/testing's (src/testing), on the fake VM a case expects.
import { imdsHandlers, type FakeHandlers } from '../../src/testing';
import { fakeVmFor, type ExpectedCall } from './expectedCall';

export { IMDS_ORIGIN, IMDS_TOKEN_PATH } from '../../src/testing';

/** msw handlers (and their record) for a strict fake IMDS that issues a token for `expected` and nothing else. */
export function createFakeImds(expected: ExpectedCall): { handlers: FakeHandlers; requests: FakeHandlers['requests'] } {
  const handlers = imdsHandlers(fakeVmFor(expected));
  return { handlers, requests: handlers.requests };
}
