// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: @azure/ms-rest-js DefaultHttpClient with a GET WebResource (no proxy policy).
import { DefaultHttpClient, WebResource } from '@azure/ms-rest-js';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const webResource = new WebResource().prepare({
    url: 'http://169.254.169.254/metadata/identity/oauth2/token',
    method: 'GET',
    queryParameters: { 'api-version': '2018-02-01', resource },
    headers: { Metadata: 'true' },
  });
  const response = await new DefaultHttpClient().sendRequest(webResource);
  return JSON.parse(response.bodyAsText as string).access_token;
}
