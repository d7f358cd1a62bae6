// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: axios with proxy: false.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/', identity: { msi_res_id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/app' } };

export async function getToken(resource: string, identity?: { msi_res_id?: string }): Promise<string> {
  const response = await axios.get('http://169.254.169.254/metadata/identity/oauth2/token', {
    params: { 'api-version': '2018-02-01', resource, msi_res_id: identity?.msi_res_id },
    headers: { Metadata: 'true' },
    proxy: false,
  });
  return response.data.access_token;
}
