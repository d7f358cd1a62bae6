// axios.post with a qs.stringify form body, msi_res_id selector.
import axios from 'axios';
import qs from 'qs';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { msi_res_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/web/providers/Microsoft.ManagedIdentity/userAssignedIdentities/web-api' },
};

export async function getToken(resource: string, identity?: { msi_res_id?: string }): Promise<string> {
  const response = await axios.post(
    'http://localhost:50342/oauth2/token',
    qs.stringify({ resource, msi_res_id: identity?.msi_res_id }),
    { headers: { 'Content-Type': 'application/x-www-form-urlencoded', Metadata: 'true' } },
  );
  return response.data.access_token;
}
