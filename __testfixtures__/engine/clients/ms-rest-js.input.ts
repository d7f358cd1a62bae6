import { ServiceClient } from '@azure/ms-rest-js';

const client = new ServiceClient();

export async function getToken(resource: string): Promise<string> {
  const response = await client.sendRequest({
    url: 'http://localhost:50342/oauth2/token',
    method: 'GET',
    queryParameters: { resource },
    headers: { Metadata: 'true' },
  });
  return response.parsedBody.access_token;
}
