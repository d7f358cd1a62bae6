import axios from 'axios';

const defaults = { headers: { Metadata: 'true' }, timeout: 2000 };

export async function vaultToken(): Promise<string> {
  const response = await axios.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01', { ...defaults, params: { resource: 'https://vault.azure.net' }, proxy: false });
  return response.data.access_token;
}
