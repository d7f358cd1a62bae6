import axios from 'axios';

const defaults = { headers: { Metadata: 'true' }, timeout: 2000 };

export async function vaultToken(): Promise<string> {
  const response = await axios.get('http://localhost:50342/oauth2/token', { ...defaults, params: { resource: 'https://vault.azure.net' } });
  return response.data.access_token;
}
