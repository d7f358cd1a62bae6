import got from 'got';

export async function getToken(resource: string): Promise<string> {
  const body = await got('http://localhost:50342/oauth2/token', {
    searchParams: { resource },
    headers: { Metadata: 'true' },
  }).json<{ access_token: string }>();
  return body.access_token;
}
