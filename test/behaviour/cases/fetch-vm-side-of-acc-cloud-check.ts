// fetch on the VM side of a Cloud Shell variable check: after `if (process.env.ACC_CLOUD) throw`, only a VM runs it.
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export async function getToken(resource: string): Promise<string> {
  if (process.env.ACC_CLOUD) {
    throw new Error('in Cloud Shell, use the az CLI credential');
  }
  const response = await fetch('http://localhost:50342/oauth2/token?resource=' + encodeURIComponent(resource), {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
