// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: ky with searchParams (which replace the URL's query, so api-version is among them).
import ky from 'ky';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net', identity: { client_id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' } };

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const token = await ky('http://169.254.169.254/metadata/identity/oauth2/token', {
    searchParams: { 'api-version': '2018-02-01', resource, client_id: identity?.client_id },
    headers: { Metadata: 'true' },
    timeout: 5000,
  }).json<{ access_token: string }>();
  return token.access_token;
}
