import { MSI_HOST } from './hosts';

export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`http://${MSI_HOST}:50342/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(5000),
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
