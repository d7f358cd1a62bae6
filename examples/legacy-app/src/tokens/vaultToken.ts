import axios from 'axios';

const MSI_BASE_URL = 'http://localhost:50342';

/** Token for Key Vault, used by the secrets loader at start-up. */
export async function getVaultToken(): Promise<string> {
  const { data } = await axios.get(`${MSI_BASE_URL}/oauth2/token`, {
    params: { resource: 'https://vault.azure.net' },
    headers: { Metadata: 'true' },
    timeout: 3000,
  });
  return data.access_token;
}
