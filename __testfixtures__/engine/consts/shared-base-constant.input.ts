import axios from 'axios';

const MSI_TOKEN_URL = 'http://localhost:50342/oauth2/token';

export async function armToken(): Promise<string> {
  const response = await fetch(MSI_TOKEN_URL + '?resource=https://management.azure.com/', { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}

export async function vaultToken(): Promise<string> {
  const { data } = await axios.get(MSI_TOKEN_URL, { params: { resource: 'https://vault.azure.net' }, headers: { Metadata: 'true' } });
  return data.access_token;
}
