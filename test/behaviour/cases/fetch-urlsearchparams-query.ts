// Global fetch, query string built with URLSearchParams and interpolated into a template literal.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://database.windows.net/',
  identity: { msi_res_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/app-rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/app-identity' },
};

export async function getToken(resource: string, identity?: { msi_res_id?: string }): Promise<string> {
  const query = new URLSearchParams({ resource });
  if (identity?.msi_res_id) query.set('msi_res_id', identity.msi_res_id);
  const response = await fetch(`http://localhost:50342/oauth2/token?${query}`, { headers: { Metadata: 'true' } });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
