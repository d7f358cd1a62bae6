import { ServiceClient } from '@azure/ms-rest-js';

const client = new ServiceClient();

export async function getToken(resource: string): Promise<string> {
  const response = await client.sendRequest({
    url: 'http://169.254.169.254/metadata/identity/oauth2/token',
    method: 'GET',
    queryParameters: { resource, 'api-version': '2018-02-01' },
    headers: { Metadata: 'true' },
  });
  return response.parsedBody.access_token;
}
