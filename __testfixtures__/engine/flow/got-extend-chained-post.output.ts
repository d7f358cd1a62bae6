import got from 'got';

export async function requestToken(resource: string): Promise<string> {
  const body = await got
    .extend({ headers: { Metadata: 'true' }, timeout: { request: 2000 }, retry: { limit: 2 } })
    .get('http://169.254.169.254/metadata/identity/oauth2/token', { searchParams: { resource, 'api-version': '2018-02-01' } })
    .json<{ access_token: string }>();
  return body.access_token;
}
