// mi-codemod/testing: a strict fake IMDS (and a fake of the retired VM extension) for your own tests, three ways:
// a real HTTP server on 127.0.0.1, msw handlers, or nock interceptors. See docs/testing.md.
export { createImdsServer, createExtensionServer } from './servers';
export type { FakeServer } from './servers';
export { imdsHandlers, extensionHandlers } from './mswHandlers';
export type { FakeHandlers } from './mswHandlers';
export { imdsNock, extensionNock } from './nockInterceptors';
export type { FakeNock } from './nockInterceptors';
export { guardInterception } from './interceptionGuard';
export type { InterceptionGuard, ProxiedRequest } from './interceptionGuard';
export { judgeImdsRequest } from './imdsRules';
export { judgeExtensionRequest } from './extensionRules';
export type { SeenRequest, Verdict } from './seenRequest';
export {
  IMDS_HOST,
  IMDS_ORIGIN,
  IMDS_TOKEN_PATH,
  IMDS_TOKEN_URL,
  EXTENSION_DEFAULT_PORT,
  EXTENSION_TOKEN_PATH,
  FAKE_IMDS_ACCESS_TOKEN,
  FAKE_EXTENSION_ACCESS_TOKEN,
  FAKE_SYSTEM_ASSIGNED_CLIENT_ID,
} from './constants';
export { IDENTITY_SELECTORS } from './identities';
export type {
  ImdsOptions,
  ExtensionOptions,
  FakeEndpointOptions,
  IdentityOptions,
  UserAssignedIdentity,
  InjectedFault,
  RecordedRequest,
  TokenGrant,
  GrantedIdentity,
  FakeEndpointState,
} from './types';
