// needle's promise API: needle('get', url, null, options).
import needle from 'needle';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await needle('get', 'http://localhost:50342/oauth2/token?resource=' + encodeURIComponent(resource), null, {
    headers: { Metadata: 'true' },
  });
  if (response.statusCode !== 200) throw new Error(`MSI token request failed: ${response.statusCode}`);
  return response.body.access_token;
}
