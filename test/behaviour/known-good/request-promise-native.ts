// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: request-promise-native with proxy: false.
import rp from 'request-promise-native';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net', identity: { object_id: '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a' } };

export async function getToken(resource: string, identity?: { object_id?: string }): Promise<string> {
  const body = await rp({
    uri: 'http://169.254.169.254/metadata/identity/oauth2/token',
    qs: { 'api-version': '2018-02-01', resource, object_id: identity?.object_id },
    headers: { Metadata: 'true' },
    json: true,
    proxy: false,
  });
  return body.access_token;
}
