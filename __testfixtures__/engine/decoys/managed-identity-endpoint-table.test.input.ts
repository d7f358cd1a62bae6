import { describe, expect, it } from 'vitest';
import { identitySourceFor } from '../src/identitySource';

// Where each hosting environment serves managed identity tokens, as the detection code expects them.
const endpointsBySource: Array<[string, Record<string, string>]> = [
  ['app-service', { IDENTITY_ENDPOINT: 'http://127.0.0.1:41056/msi/token', IDENTITY_HEADER: 'secret' }],
  ['arc', { IDENTITY_ENDPOINT: 'http://localhost:40342/metadata/identity/oauth2/token', IMDS_ENDPOINT: 'http://localhost:40342' }],
  ['cloud-shell', { MSI_ENDPOINT: 'http://localhost:50342/oauth2/token' }],
];

describe('identitySourceFor', () => {
  it.each(endpointsBySource)('recognises %s', (source, environment) => {
    expect(identitySourceFor(environment)).toBe(source);
  });
});
