export async function getToken(resource: string): Promise<string> {
  const query = new URLSearchParams({ resource });
  const response = await fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&${query}`, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
