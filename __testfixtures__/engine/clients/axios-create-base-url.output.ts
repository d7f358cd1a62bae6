import axios from 'axios';

const msi = axios.create({
  baseURL: 'http://169.254.169.254',
  headers: { Metadata: 'true' },
  timeout: 2000,
});

export async function getToken(resource: string): Promise<string> {
  const { data } = await msi.get('/metadata/identity/oauth2/token?api-version=2018-02-01', { params: { resource }, proxy: false });
  return data.access_token;
}
