// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: got with searchParams.
import got from 'got';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const token = await got('http://169.254.169.254/metadata/identity/oauth2/token', {
    searchParams: { 'api-version': '2018-02-01', resource },
    headers: { Metadata: 'true' },
  }).json<{ access_token: string }>();
  return token.access_token;
}
