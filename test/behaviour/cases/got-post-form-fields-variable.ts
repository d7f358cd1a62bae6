// got.post with its form's fields gathered in a variable first, then given as `form: fields`.
import got from 'got';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/', identity: { object_id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' } };

export async function getToken(resource: string, identity?: { object_id?: string }): Promise<string> {
  const fields: Record<string, string> = { resource };
  if (identity?.object_id) fields.object_id = identity.object_id;
  const { body } = await got.post('http://localhost:50342/oauth2/token', {
    form: fields,
    headers: { Metadata: 'true' },
    timeout: { request: 3000 },
    retry: { limit: 0 },
    responseType: 'json',
  });
  return (body as { access_token: string }).access_token;
}
