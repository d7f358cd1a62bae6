import axios from 'axios';

export async function getToken(resource: string): Promise<string> {
  const { data } = await axios({
    method: 'get',
    url: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01',
    params: { resource },
    headers: { Metadata: 'true' },
    proxy: false,
  });
  return data.access_token;
}
