export async function getToken(resource: string): Promise<string> {
  const endpoint = process.env.MSI_ENDPOINT || 'http://localhost:50342/oauth2/token';
  const response = await fetch(`${endpoint}?resource=${resource}`, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
