// The behavioural tests' fake VM extension is mi-codemod/testing's (src/testing), on the fake VM a case expects.
import { extensionHandlers, type FakeHandlers } from '../../src/testing';
import { fakeVmFor, type ExpectedCall } from './expectedCall';

export { EXTENSION_DEFAULT_PORT } from '../../src/testing';

export interface FakeExtensionOptions {
  /** Ports the extension listens on (its `settings.port`); the default port is always included. */
  ports?: number[];
  /**
   * False for code that never sent `Metadata: true`: the fake then insists the header is absent, so the
   * case really is a missing-header case (the migration must add it for IMDS).
   */
  metadataHeader?: boolean;
}

/** msw handlers (and their record) for the legacy VM extension, issuing a token for `expected` and nothing else. */
export function createFakeExtension(
  expected: ExpectedCall,
  options: FakeExtensionOptions = {},
): { handlers: FakeHandlers; requests: FakeHandlers['requests'] } {
  const handlers = extensionHandlers({
    ...fakeVmFor(expected),
    ports: options.ports,
    metadataHeader: options.metadataHeader === false ? 'forbidden' : 'required',
  });
  return { handlers, requests: handlers.requests };
}
