// node-fetch with the query made by Node's querystring.stringify, headers as new Headers().
import fetch, { Headers } from 'node-fetch';
import querystring from 'querystring';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://storage.azure.com/',
  identity: { client_id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' },
};

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const params: Record<string, string> = { resource };
  if (identity?.client_id) params.client_id = identity.client_id;
  const headers = new Headers({ Metadata: 'true' });
  const response = await fetch('http://localhost:50342/oauth2/token?' + querystring.stringify(params), { headers });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
