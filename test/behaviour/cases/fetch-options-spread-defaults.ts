// Global fetch whose verb, headers and timeout come from a defaults object spread into the call's own options.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

const tokenCallDefaults = {
  method: 'POST',
  headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
  signal: AbortSignal.timeout(3000),
};

export async function getToken(resource: string): Promise<string> {
  const response = await fetch('http://localhost:50342/oauth2/token', {
    ...tokenCallDefaults,
    body: `resource=${encodeURIComponent(resource)}`,
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
