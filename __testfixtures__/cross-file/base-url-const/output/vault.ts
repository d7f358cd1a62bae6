import { MSI_TOKEN_URL } from './config.js';

export async function vaultToken(): Promise<string> {
  const response = await fetch(MSI_TOKEN_URL + '?api-version=2018-02-01&resource=https://vault.azure.net', { headers: { Metadata: 'true' } });
  return ((await response.json()) as { access_token: string }).access_token;
}
