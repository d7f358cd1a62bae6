import got from 'got';

const identityClient = got.extend({
  headers: { Metadata: 'true' },
  timeout: { request: 2000 },
  responseType: 'json',
});

export async function requestToken(resource: string, clientId?: string): Promise<string> {
  const form: Record<string, string> = { resource };
  if (clientId) form.client_id = clientId;
  const response = await identityClient.post<{ access_token: string }>('http://localhost:50342/oauth2/token', { form });
  return response.body.access_token;
}
