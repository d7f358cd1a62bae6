import ky from 'ky';

// Token for a user-assigned identity, picked by its client id.
export async function tokenFor(resource: string, clientId: string): Promise<string> {
  const { access_token } = await ky('http://localhost:50342/oauth2/token', {
    searchParams: { resource, client_id: clientId },
    headers: { Metadata: 'true' },
    retry: 0,
  }).json<{ access_token: string }>();
  return access_token;
}
