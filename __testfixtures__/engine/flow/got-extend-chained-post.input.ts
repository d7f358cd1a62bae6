import got from 'got';

export async function requestToken(resource: string): Promise<string> {
  const body = await got
    .extend({ headers: { Metadata: 'true' }, timeout: { request: 2000 }, retry: { limit: 2 } })
    .post('http://localhost:50342/oauth2/token', { form: { resource } })
    .json<{ access_token: string }>();
  return body.access_token;
}
