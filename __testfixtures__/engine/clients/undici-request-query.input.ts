import { request } from 'undici';

export async function getToken(resource: string, objectId?: string): Promise<string> {
  const query: Record<string, string> = { resource };
  if (objectId) query.object_id = objectId;
  const { statusCode, body } = await request('http://localhost:50342/oauth2/token', {
    query,
    headers: { metadata: 'true' },
    headersTimeout: 2_000,
  });
  if (statusCode !== 200) throw new Error(`token endpoint answered ${statusCode}`);
  const token = (await body.json()) as { access_token: string };
  return token.access_token;
}
