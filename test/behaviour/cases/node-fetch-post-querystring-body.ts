// node-fetch POSTing a form made by querystring.stringify, mi_res_id selector (as some SDKs sent it).
import fetch from 'node-fetch';
import { stringify } from 'querystring';
import type { CaseCall } from '../behaviourCase';

const TOKEN_ENDPOINT = 'http://localhost:50342/oauth2/token';

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { mi_res_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ops/providers/Microsoft.ManagedIdentity/userAssignedIdentities/ops-agent' },
};

export async function getToken(resource: string, identity?: { mi_res_id?: string }): Promise<string> {
  const form = identity?.mi_res_id ? { resource, mi_res_id: identity.mi_res_id } : { resource };
  const response = await fetch(TOKEN_ENDPOINT, {
    method: 'POST',
    body: stringify(form),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Metadata: 'true' },
  });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
