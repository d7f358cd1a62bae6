// Global fetch with no options at all: the legacy code never sent a Metadata header.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/', metadataHeader: false };

export async function getToken(resource: string): Promise<string> {
  const response = await fetch('http://localhost:50342/oauth2/token?resource=' + encodeURIComponent(resource));
  if (!response.ok) throw new Error(`MSI token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
