// Worker service token helper: global fetch, URL as a template literal, Metadata header as an object literal.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
  });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  const token = (await response.json()) as { access_token: string };
  return token.access_token;
}
