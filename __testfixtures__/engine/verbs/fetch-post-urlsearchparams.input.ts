export async function getToken(resource: string, clientId: string): Promise<string> {
  const body = new URLSearchParams({ resource, client_id: clientId });
  const response = await fetch('http://localhost:50342/oauth2/token', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Metadata: 'true',
    },
    body,
  });
  return (await response.json()).access_token;
}
