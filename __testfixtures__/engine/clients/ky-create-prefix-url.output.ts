import ky from 'ky';

const identityApi = ky.create({ prefixUrl: 'http://169.254.169.254/' });
const tokenApi = identityApi.extend({ timeout: 5000 });

export async function armToken(): Promise<string> {
  const searchParams = new URLSearchParams({ resource: 'https://management.azure.com/', 'api-version': '2018-02-01' });
  const body = await tokenApi.get('metadata/identity/oauth2/token', { searchParams, headers: { Metadata: 'true' } }).json<{ access_token: string }>();
  return body.access_token;
}
