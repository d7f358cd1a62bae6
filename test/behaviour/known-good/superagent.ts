// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: superagent .get().query().set().
import superagent from 'superagent';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://database.windows.net/' };

export async function getToken(resource: string): Promise<string> {
  const response = await superagent
    .get('http://169.254.169.254/metadata/identity/oauth2/token')
    .query({ 'api-version': '2018-02-01', resource })
    .set('Metadata', 'true');
  return response.body.access_token;
}
