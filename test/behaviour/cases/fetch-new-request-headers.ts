// Global fetch of a Request object made inline, with a Headers object.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const tokenUrl = `http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`;
  const response = await fetch(new Request(tokenUrl, { headers: new Headers({ Metadata: 'true' }), signal: AbortSignal.timeout(3000) }));
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
