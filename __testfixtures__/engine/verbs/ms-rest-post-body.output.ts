import { ServiceClient } from '@azure/ms-rest-js';

export async function getToken(client: ServiceClient, resource: string): Promise<string> {
  const response = await client.sendRequest({
    url: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&' + `resource=${encodeURIComponent(resource)}`,
    method: 'GET',
    headers: { Metadata: 'true' },
  });
  return response.parsedBody.access_token;
}
