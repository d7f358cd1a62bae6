// axios(config) with url + params, Metadata header as a boolean, client_id selector.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://vault.azure.net',
  identity: { client_id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e' },
};

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const { data } = await axios({
    method: 'get',
    url: 'http://localhost:50342/oauth2/token',
    params: { resource, client_id: identity?.client_id },
    headers: { Metadata: true },
  });
  return data.access_token;
}
