// @azure/ms-rest-js WebResource.prepare + DefaultHttpClient.sendRequest, POSTing a form on the default port.
import { DefaultHttpClient, WebResource } from '@azure/ms-rest-js';
import type { CaseCall } from '../behaviourCase';

const MSI_URL = 'http://localhost:50342/oauth2/token';

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const webResource = new WebResource().prepare({
    url: MSI_URL,
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Metadata: 'true' },
    body: `resource=${encodeURIComponent(resource)}`,
    disableJsonStringifyOnBody: true,
  });
  const response = await new DefaultHttpClient().sendRequest(webResource);
  if (response.status !== 200) throw new Error(`MSI token request failed: ${response.status} ${response.bodyAsText}`);
  return JSON.parse(response.bodyAsText as string).access_token;
}
