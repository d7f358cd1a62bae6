// node-fetch POSTing a hand-built form string, as the ms-rest-azure era code did.
import fetch from 'node-fetch';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await fetch('http://localhost:50342/oauth2/token', {
    method: 'POST',
    body: `resource=${encodeURIComponent(resource)}`,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Metadata: 'true' },
  });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  const token = (await response.json()) as { access_token: string };
  return token.access_token;
}
