export * from '../dist/src/testing/index.js';

// msw ships separate type declarations for import and require, and a class from one is not assignable to the
// same class from the other: an ESM test's setupServer(...) takes handlers typed by msw's ESM declarations.
import type { HttpHandler } from 'msw';
import type { ExtensionOptions, FakeEndpointState, ImdsOptions } from '../dist/src/testing/index.js';

/** msw handlers that also carry the fake's record and fault injection: `setupServer(...imds)`, then `imds.requests`. */
export type FakeHandlers = HttpHandler[] & FakeEndpointState;
/** msw handlers for a strict fake IMDS at http://169.254.169.254 (see `createImdsServer` for the rules and options). */
export declare function imdsHandlers(options?: ImdsOptions): FakeHandlers;
/** msw handlers for the retired VM extension at http://{localhost,127.0.0.1,[::1]}:50342 (and `options.ports`). */
export declare function extensionHandlers(options?: ExtensionOptions): FakeHandlers;
