// undici's request with its query option, filled in when an identity is named; msi_res_id selector.
import { request } from 'undici';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://database.windows.net/',
  identity: {
    msi_res_id:
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/sql/providers/Microsoft.ManagedIdentity/userAssignedIdentities/reporting',
  },
};

export async function getToken(resource: string, identity?: { msi_res_id?: string }): Promise<string> {
  const query: Record<string, string> = { resource };
  if (identity?.msi_res_id) query.msi_res_id = identity.msi_res_id;
  const { statusCode, body } = await request('http://localhost:50342/oauth2/token', {
    query,
    headers: { Metadata: 'true' },
    headersTimeout: 5000,
  });
  const text = await body.text();
  if (statusCode !== 200) throw new Error(`MSI token request failed: ${statusCode} ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}
