import ky from 'ky';

const identityApi = ky.create({ prefixUrl: 'http://localhost:50342/' });
const tokenApi = identityApi.extend({ timeout: 5000 });

export async function armToken(): Promise<string> {
  const searchParams = new URLSearchParams({ resource: 'https://management.azure.com/' });
  const body = await tokenApi.get('oauth2/token', { searchParams }).json<{ access_token: string }>();
  return body.access_token;
}
