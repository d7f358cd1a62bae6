// request-promise-native with { uri, qs, json }.
import rp from 'request-promise-native';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { msi_res_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/batch/providers/Microsoft.ManagedIdentity/userAssignedIdentities/batch-runner' },
};

export async function getToken(resource: string, identity?: { msi_res_id?: string }): Promise<string> {
  const token = await rp({
    uri: 'http://localhost:50342/oauth2/token',
    qs: { resource, msi_res_id: identity?.msi_res_id },
    headers: { Metadata: 'true' },
    json: true,
  });
  return token.access_token;
}
