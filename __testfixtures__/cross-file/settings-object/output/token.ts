import { IDENTITY_ENDPOINT } from './identity';

export const sends = { resource: 'https://storage.azure.com/' };

export async function storageToken(resource: string): Promise<string> {
  const url = `http://${IDENTITY_ENDPOINT.host}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`;
  const response = await fetch(url, { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(5000) });
  return (await response.json()).access_token;
}
