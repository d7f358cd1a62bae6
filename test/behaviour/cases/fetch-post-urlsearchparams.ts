// Global fetch POSTing a URLSearchParams form body, headers built with new Headers().
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://vault.azure.net',
  identity: { client_id: '6f1c2a9e-3b4d-4e5f-8a7b-0c1d2e3f4a5b' },
};

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const form = new URLSearchParams({ resource });
  if (identity?.client_id) form.append('client_id', identity.client_id);
  const response = await fetch('http://localhost:50342/oauth2/token', {
    method: 'POST',
    headers: new Headers({ Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' }),
    body: form,
  });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  const { access_token } = (await response.json()) as { access_token: string };
  return access_token;
}
