// @azure/ms-rest-js ServiceClient.sendRequest with { url, method: 'POST', body }: @azure/ms-rest-nodeauth 0.8's shape.
import { ServiceClient } from '@azure/ms-rest-js';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

const client = new ServiceClient();

export async function getToken(resource: string): Promise<string> {
  const response = await client.sendRequest({
    url: 'http://localhost:50342/oauth2/token',
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Metadata: 'true' },
    body: 'resource=' + encodeURIComponent(resource),
    disableJsonStringifyOnBody: true,
  });
  if (response.status !== 200) throw new Error(`MSI token request failed: ${response.status} ${response.bodyAsText}`);
  return JSON.parse(response.bodyAsText as string).access_token;
}
