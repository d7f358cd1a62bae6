import axios from 'axios';

export async function getToken(resource: string): Promise<string> {
  const { data } = await axios({
    method: 'get',
    url: 'http://localhost:50342/oauth2/token',
    params: { resource },
    headers: { Metadata: 'true' },
  });
  return data.access_token;
}
