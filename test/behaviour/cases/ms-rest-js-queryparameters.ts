// @azure/ms-rest-js ServiceClient.sendRequest with { url, method: 'GET', queryParameters }, client_id selector.
import { ServiceClient } from '@azure/ms-rest-js';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://vault.azure.net',
  identity: { client_id: '1f2a3b4c-5d6e-4f7a-8b9c-0d1e2f3a4b5c' },
  honoursProxyEnvironment: true,
  proxyBypassReported: true,
};

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const queryParameters: { [name: string]: string } = { resource };
  if (identity?.client_id) queryParameters.client_id = identity.client_id;
  const response = await new ServiceClient().sendRequest({
    url: 'http://localhost:50342/oauth2/token',
    method: 'GET',
    queryParameters,
    headers: { Metadata: 'true' },
  });
  if (response.status !== 200) throw new Error(`MSI token request failed: ${response.status} ${response.bodyAsText}`);
  return JSON.parse(response.bodyAsText as string).access_token;
}
