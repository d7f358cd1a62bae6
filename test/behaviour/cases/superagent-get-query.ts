// superagent .get(url).query().set().
import superagent from 'superagent';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { object_id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d' },
};

export async function getToken(resource: string, identity?: { object_id?: string }): Promise<string> {
  const query: Record<string, string> = { resource };
  if (identity?.object_id) query.object_id = identity.object_id;
  const response = await superagent.get('http://localhost:50342/oauth2/token').query(query).set('Metadata', 'true');
  return response.body.access_token;
}
