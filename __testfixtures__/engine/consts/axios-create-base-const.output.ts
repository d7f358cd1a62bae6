import axios from 'axios';

const MSI_BASE_URL = 'http://169.254.169.254';

const identity = axios.create({ baseURL: MSI_BASE_URL, headers: { Metadata: 'true' }, timeout: 3000 });

export async function getToken(resource: string): Promise<string> {
  const { data } = await identity.get('/metadata/identity/oauth2/token?api-version=2018-02-01', { params: { resource }, proxy: false });
  return data.access_token;
}
