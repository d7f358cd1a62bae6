// A let URL without a query, completed with += (the identity under an if).
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net', identity: { client_id: '6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e' } };

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  let tokenUrl = 'http://localhost:50342/oauth2/token';
  tokenUrl += '?resource=' + encodeURIComponent(resource);
  if (identity?.client_id) {
    tokenUrl += '&client_id=' + encodeURIComponent(identity.client_id);
  }
  const response = await axios.get(tokenUrl, { headers: { Metadata: 'true' }, timeout: 3000 });
  return response.data.access_token;
}
