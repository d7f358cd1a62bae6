// needle.post with a data object (sent as a form) and a callback.
import needle from 'needle';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://vault.azure.net',
  identity: { msi_res_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/kv/providers/Microsoft.ManagedIdentity/userAssignedIdentities/kv-reader' },
};

export function getToken(resource: string, identity?: { msi_res_id?: string }): Promise<string> {
  const data: Record<string, string> = { resource };
  if (identity?.msi_res_id) data.msi_res_id = identity.msi_res_id;
  return new Promise((resolve, reject) => {
    needle.post('http://localhost:50342/oauth2/token', data, { headers: { Metadata: 'true' } }, (error, response) => {
      if (error) return reject(error);
      if (response.statusCode !== 200) return reject(new Error(`MSI token request failed: ${response.statusCode}`));
      resolve(response.body.access_token);
    });
  });
}
