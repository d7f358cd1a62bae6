// Global fetch with the URL built as a URL object on the IPv4 loopback and its query filled with searchParams.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://storage.azure.com/',
  identity: { object_id: '0d9e8f7a-6b5c-4d3e-9f2a-1b0c9d8e7f6a' },
};

export async function getToken(resource: string, identity: { object_id?: string } = {}): Promise<string> {
  const tokenUrl = new URL('http://127.0.0.1:50342/oauth2/token');
  tokenUrl.searchParams.set('resource', resource);
  if (identity.object_id) tokenUrl.searchParams.append('object_id', identity.object_id);
  const headers = new Headers();
  headers.set('Metadata', 'true');
  const response = await fetch(tokenUrl, { headers });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
