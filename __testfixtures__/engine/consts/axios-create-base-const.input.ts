import axios from 'axios';

const MSI_BASE_URL = 'http://localhost:50342';

const identity = axios.create({ baseURL: MSI_BASE_URL, headers: { Metadata: 'true' }, timeout: 3000 });

export async function getToken(resource: string): Promise<string> {
  const { data } = await identity.get('/oauth2/token', { params: { resource } });
  return data.access_token;
}
