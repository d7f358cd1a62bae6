import got from 'got';

const identity = got.extend({ prefixUrl: 'http://localhost:50342', headers: { Metadata: 'true' } });

export async function getToken(resource: string): Promise<string> {
  const body = await identity.get('oauth2/token', { searchParams: { resource } }).json<{ access_token: string }>();
  return body.access_token;
}
