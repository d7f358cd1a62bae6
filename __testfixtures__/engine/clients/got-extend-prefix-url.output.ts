import got from 'got';

const identity = got.extend({ prefixUrl: 'http://169.254.169.254', headers: { Metadata: 'true' } });

export async function getToken(resource: string): Promise<string> {
  const body = await identity.get('metadata/identity/oauth2/token', { searchParams: { resource, 'api-version': '2018-02-01' } }).json<{ access_token: string }>();
  return body.access_token;
}
