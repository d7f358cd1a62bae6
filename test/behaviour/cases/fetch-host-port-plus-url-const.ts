// Global fetch; host and port consts joined with + into a URL const, then fetched.
import type { CaseCall } from '../behaviourCase';

const MSI_HOST = 'localhost';
const MSI_PORT = 50342;

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export async function getToken(resource: string): Promise<string> {
  const url = 'http://' + MSI_HOST + ':' + MSI_PORT + '/oauth2/token?resource=' + encodeURIComponent(resource);
  const response = await fetch(url, { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
