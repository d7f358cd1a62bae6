// Global fetch with the host and the port in separate consts, joined in a template; client_id selector.
import type { CaseCall } from '../behaviourCase';

const MSI_HOST = 'http://localhost';
const MSI_PORT = '50342';

export const sends: CaseCall = { resource: 'https://storage.azure.com/', identity: { client_id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' } };

export async function getToken(resource: string, identity: { client_id?: string } = {}): Promise<string> {
  const response = await fetch(`${MSI_HOST}:${MSI_PORT}/oauth2/token?resource=${encodeURIComponent(resource)}&client_id=${identity.client_id}`, {
    headers: { Metadata: 'true' },
  });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
