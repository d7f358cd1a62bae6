export async function getToken(resource: string): Promise<string> {
  const query = new URLSearchParams({ resource });
  const response = await fetch(`http://localhost:50342/oauth2/token?${query}`, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
