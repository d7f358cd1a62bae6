// A got instance made with got.extend({ prefixUrl }) on the IPv4 loopback and a relative path; mi_res_id selector.
import got from 'got';
import type { CaseCall } from '../behaviourCase';

const msi = got.extend({
  prefixUrl: 'http://127.0.0.1:50342',
  headers: { Metadata: 'true' },
  responseType: 'json',
});

export const sends: CaseCall = {
  resource: 'https://storage.azure.com/',
  identity: { mi_res_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/data/providers/Microsoft.ManagedIdentity/userAssignedIdentities/etl' },
};

export async function getToken(resource: string, identity?: { mi_res_id?: string }): Promise<string> {
  const searchParams = new URLSearchParams({ resource });
  if (identity?.mi_res_id) searchParams.set('mi_res_id', identity.mi_res_id);
  const response = await msi.get<{ access_token: string }>('oauth2/token', { searchParams });
  return response.body.access_token;
}
