// Global fetch, endpoint held in a module constant on the IPv6 loopback.
import type { CaseCall } from '../behaviourCase';

const MSI_TOKEN_URL = 'http://[::1]:50342/oauth2/token';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await fetch(MSI_TOKEN_URL + '?resource=' + encodeURIComponent(resource), {
    method: 'GET',
    headers: { Metadata: 'true', Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  const json = (await response.json()) as Record<string, string>;
  return json.access_token;
}
