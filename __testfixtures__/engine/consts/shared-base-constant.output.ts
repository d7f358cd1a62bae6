import axios from 'axios';

const MSI_TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token';

export async function armToken(): Promise<string> {
  const response = await fetch(MSI_TOKEN_URL + '?api-version=2018-02-01&resource=https://management.azure.com/', { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}

export async function vaultToken(): Promise<string> {
  const { data } = await axios.get(MSI_TOKEN_URL + '?api-version=2018-02-01', { params: { resource: 'https://vault.azure.net' }, headers: { Metadata: 'true' }, proxy: false });
  return data.access_token;
}
