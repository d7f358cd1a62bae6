const MSI_HOST = 'http://localhost';
const MSI_PORT = '50342';

export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`${MSI_HOST}:${MSI_PORT}/oauth2/token?resource=${resource}`, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
