import ky from 'ky';

// Token for a user-assigned identity, picked by its client id.
export async function tokenFor(resource: string, clientId: string): Promise<string> {
  const { access_token } = await ky('http://169.254.169.254/metadata/identity/oauth2/token', {
    searchParams: { resource, client_id: clientId, 'api-version': '2018-02-01' },
    headers: { Metadata: 'true' },
    retry: 0,
  }).json<{ access_token: string }>();
  return access_token;
}
