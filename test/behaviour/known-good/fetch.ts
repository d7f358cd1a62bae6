// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: global fetch, GET with the query, Metadata header.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/', identity: { client_id: '6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b' } };

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const url = new URL('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01');
  url.searchParams.set('resource', resource);
  if (identity?.client_id) url.searchParams.set('client_id', identity.client_id);
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return ((await response.json()) as { access_token: string }).access_token;
}
