import axios from 'axios';

export async function getToken(resource: string): Promise<string> {
  const { data } = await axios.get(`http://localhost:50342/oauth2/token?resource=${resource}`);
  return data.access_token;
}
