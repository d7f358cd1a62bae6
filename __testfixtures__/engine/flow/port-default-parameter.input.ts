import axios from 'axios';

export async function tokenFor(resource: string, port = 50342): Promise<string> {
  const res = await axios.get(`http://localhost:${port}/oauth2/token`, { params: { resource }, timeout: 2000 });
  return res.data.access_token;
}
