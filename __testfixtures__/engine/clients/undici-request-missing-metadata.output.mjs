import { request as send, fetch } from 'undici';

const ORIGIN = 'http://169.254.169.254';

export async function sqlToken() {
  const { body } = await send(ORIGIN, { path: '/metadata/identity/oauth2/token', query: { resource: 'https://database.windows.net/', 'api-version': '2018-02-01' }, headersTimeout: 1500, headers: { Metadata: 'true' } });
  return (await body.json()).access_token;
}

export async function keyVaultToken() {
  const response = await fetch(`${ORIGIN}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net`, { signal: AbortSignal.timeout(1500), headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
