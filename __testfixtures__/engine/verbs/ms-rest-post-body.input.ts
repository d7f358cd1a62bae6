import { ServiceClient } from '@azure/ms-rest-js';

export async function getToken(client: ServiceClient, resource: string): Promise<string> {
  const response = await client.sendRequest({
    url: 'http://localhost:50342/oauth2/token',
    method: 'POST',
    body: `resource=${encodeURIComponent(resource)}`,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Metadata: 'true' },
  });
  return response.parsedBody.access_token;
}
