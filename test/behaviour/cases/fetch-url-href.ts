// Global fetch given `url.href` of a URL object whose query is built with searchParams.append.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const url = new URL('http://localhost:50342/oauth2/token');
  url.searchParams.append('resource', resource);
  const response = await fetch(url.href, { headers: { Metadata: 'true' } });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
