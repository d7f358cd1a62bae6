export async function getToken(resource: string): Promise<string> {
  const url = new URL('http://localhost:50342/oauth2/token');
  url.search = new URLSearchParams({ resource }).toString();
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
