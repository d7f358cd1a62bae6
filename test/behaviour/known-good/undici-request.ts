// Sends real requests only when run by known-good-migrations-get-token.test.ts, which serves the fake IMDS on
// 127.0.0.1 and routes undici's global dispatcher to it (undiciRouting.ts); test/setup/no-real-network.ts also
// refuses any non-loopback socket.
// Hand-migrated reference: undici's request with its query option (undici refuses query on a URL that has one).
import { request } from 'undici';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const { statusCode, body } = await request('http://169.254.169.254/metadata/identity/oauth2/token', {
    query: { 'api-version': '2018-02-01', resource },
    headers: { Metadata: 'true' },
    headersTimeout: 5000,
  });
  const text = await body.text();
  if (statusCode !== 200) throw new Error(`IMDS answered ${statusCode}: ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}
