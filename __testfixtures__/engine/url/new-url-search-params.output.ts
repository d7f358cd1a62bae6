export async function getToken(resource: string, clientId?: string): Promise<string> {
  const url = new URL('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01');
  url.searchParams.set('resource', resource);
  if (clientId) url.searchParams.append('client_id', clientId);
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
