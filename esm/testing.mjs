// The ESM entry of mi-codemod/testing: the CommonJS build, re-exported by name (one implementation, one state).
import testing from '../dist/src/testing/index.js';

export const {
  createImdsServer,
  createExtensionServer,
  imdsHandlers,
  extensionHandlers,
  imdsNock,
  extensionNock,
  guardInterception,
  judgeImdsRequest,
  judgeExtensionRequest,
  IMDS_HOST,
  IMDS_ORIGIN,
  IMDS_TOKEN_PATH,
  IMDS_TOKEN_URL,
  EXTENSION_DEFAULT_PORT,
  EXTENSION_TOKEN_PATH,
  FAKE_IMDS_ACCESS_TOKEN,
  FAKE_EXTENSION_ACCESS_TOKEN,
  FAKE_SYSTEM_ASSIGNED_CLIENT_ID,
  IDENTITY_SELECTORS,
} = testing;
