// superagent .post(url).type('form').send().set(), client_id selector.
import superagent from 'superagent';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://database.windows.net/',
  identity: { client_id: '8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1e' },
};

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const response = await superagent
    .post('http://localhost:50342/oauth2/token')
    .type('form')
    .send({ resource, ...(identity?.client_id ? { client_id: identity.client_id } : {}) })
    .set('Metadata', 'true');
  return response.body.access_token;
}
