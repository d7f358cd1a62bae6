import got from 'got';

const identityClient = got.extend({
  headers: { Metadata: 'true' },
  timeout: { request: 2000 },
  responseType: 'json',
});

export async function requestToken(resource: string, clientId?: string): Promise<string> {
  const form: Record<string, string> = { resource };
  if (clientId) form.client_id = clientId;
  const response = await identityClient.get<{ access_token: string }>('http://169.254.169.254/metadata/identity/oauth2/token', { searchParams: new URLSearchParams([...new URLSearchParams(form), ['api-version', '2018-02-01']]) });
  return response.body.access_token;
}
