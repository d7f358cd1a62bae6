import qs from 'qs';
import axios from 'axios';

export async function getToken(resource: string): Promise<string> {
  const { data } = await axios.get(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&${qs.stringify({ resource })}`, {
    headers: { Metadata: 'true' },
    timeout: 5000,
    proxy: false,
  });
  return data.access_token;
}
