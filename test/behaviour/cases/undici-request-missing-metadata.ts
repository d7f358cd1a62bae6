// undici's request through its default export, a template-literal URL and no options at all (so no Metadata header).
import undici from 'undici';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net', metadataHeader: false };

export async function getToken(resource: string): Promise<string> {
  const { statusCode, body } = await undici.request(`http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`);
  const text = await body.text();
  if (statusCode !== 200) throw new Error(`MSI token request failed: ${statusCode} ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}
