import { httpGet } from './http';

// One request the tool understands and one it does not: the file is reported, not half-migrated.
export async function armToken(): Promise<string> {
  const response = await fetch('http://localhost:50342/oauth2/token?resource=https://management.azure.com/', { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}

export async function vaultToken(): Promise<string> {
  return (await httpGet('http://localhost:50342/oauth2/token?resource=https://vault.azure.net')).access_token;
}
