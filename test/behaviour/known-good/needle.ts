// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: needle GET; needle 3 reads HTTP(S)_PROXY unless use_proxy_from_env_var is false.
import needle from 'needle';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export async function getToken(resource: string): Promise<string> {
  const url = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource);
  const response = await needle('get', url, null, { headers: { Metadata: 'true' }, use_proxy_from_env_var: false });
  return response.body.access_token;
}
