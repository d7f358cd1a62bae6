// Global fetch against an extension configured with settings.port 50343 (the Metadata header marks it as MI).
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/', extensionPort: 50343 };

export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`http://localhost:50343/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
  });
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
