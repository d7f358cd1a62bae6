export async function getToken(resource: string, clientId: string): Promise<string> {
  const body = new URLSearchParams({ resource, client_id: clientId });
  const response = await fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&' + body, {
    method: 'GET',
    headers: {
      Metadata: 'true',
    },
  });
  return (await response.json()).access_token;
}
