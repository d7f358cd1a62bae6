export async function getToken(resource: string, clientId?: string): Promise<string> {
  const url = new URL('http://localhost:50342/oauth2/token');
  url.searchParams.set('resource', resource);
  if (clientId) url.searchParams.append('client_id', clientId);
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
