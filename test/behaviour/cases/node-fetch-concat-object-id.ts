// node-fetch with the URL glued together by + (port as a number), object_id selector.
import fetch from 'node-fetch';
import type { CaseCall } from '../behaviourCase';

const MSI_PORT = 50342;

export const sends: CaseCall = {
  resource: 'https://vault.azure.net',
  identity: { object_id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
};

export async function getToken(resource: string, identity: { object_id?: string } = {}): Promise<string> {
  let url = 'http://localhost:' + MSI_PORT + '/oauth2/token?resource=' + encodeURIComponent(resource);
  if (identity.object_id) url += '&object_id=' + identity.object_id;
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  if (!response.ok) throw new Error('MSI token request failed: ' + response.status + ' ' + (await response.text()));
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}
