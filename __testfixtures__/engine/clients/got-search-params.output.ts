import got from 'got';

export async function getToken(resource: string): Promise<string> {
  const body = await got('http://169.254.169.254/metadata/identity/oauth2/token', {
    searchParams: { resource, 'api-version': '2018-02-01' },
    headers: { Metadata: 'true' },
  }).json<{ access_token: string }>();
  return body.access_token;
}
