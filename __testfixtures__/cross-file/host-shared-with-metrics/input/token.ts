import { MSI_PORT, VM_HOST } from './hosts';

export async function getToken(resource: string): Promise<string> {
  const url = `http://${VM_HOST}:${MSI_PORT}/oauth2/token?resource=${encodeURIComponent(resource)}`;
  const response = await fetch(url, { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(5000) });
  return ((await response.json()) as { access_token: string }).access_token;
}
