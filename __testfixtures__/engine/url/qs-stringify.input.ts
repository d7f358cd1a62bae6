import qs from 'qs';
import axios from 'axios';

export async function getToken(resource: string): Promise<string> {
  const { data } = await axios.get(`http://localhost:50342/oauth2/token?${qs.stringify({ resource })}`, {
    headers: { Metadata: 'true' },
    timeout: 5000,
  });
  return data.access_token;
}
