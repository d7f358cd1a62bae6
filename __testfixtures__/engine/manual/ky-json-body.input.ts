import ky from 'ky';

export async function getToken(resource: string): Promise<string> {
  const reply = await ky
    .post('http://localhost:50342/oauth2/token', { json: { resource }, headers: { Metadata: 'true' } })
    .json<{ access_token: string }>();
  return reply.access_token;
}
