// Global fetch of a Request object kept in a const first.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export async function getToken(resource: string): Promise<string> {
  const tokenUrl = `http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`;
  const tokenRequest = new Request(tokenUrl, { headers: new Headers({ Metadata: 'true' }), signal: AbortSignal.timeout(3000) });
  const response = await fetch(tokenRequest);
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
