export const MSI_ENDPOINT_URL = 'http://localhost:50342/oauth2/token';

export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`${MSI_ENDPOINT_URL}?resource=${resource}`, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
