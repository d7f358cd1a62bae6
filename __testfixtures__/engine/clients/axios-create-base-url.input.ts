import axios from 'axios';

const msi = axios.create({
  baseURL: 'http://localhost:50342',
  headers: { Metadata: 'true' },
  timeout: 2000,
});

export async function getToken(resource: string): Promise<string> {
  const { data } = await msi.get('/oauth2/token', { params: { resource } });
  return data.access_token;
}
