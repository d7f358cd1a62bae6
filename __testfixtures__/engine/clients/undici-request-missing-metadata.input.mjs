import { request as send, fetch } from 'undici';

const ORIGIN = 'http://localhost:50342';

export async function sqlToken() {
  const { body } = await send(ORIGIN, { path: '/oauth2/token', query: { resource: 'https://database.windows.net/' }, headersTimeout: 1500 });
  return (await body.json()).access_token;
}

export async function keyVaultToken() {
  const response = await fetch(`${ORIGIN}/oauth2/token?resource=https://vault.azure.net`, { signal: AbortSignal.timeout(1500) });
  return (await response.json()).access_token;
}
