const MSI_HOST = 'http://169.254.169.254';

export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`${MSI_HOST}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}`, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
