// axios.request with a URLSearchParams body on the IPv4 loopback (axios sends it as a form).
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://database.windows.net/' };

export async function getToken(resource: string): Promise<string> {
  const response = await axios.request({
    url: 'http://127.0.0.1:50342/oauth2/token',
    method: 'POST',
    data: new URLSearchParams({ resource }),
    headers: { Metadata: 'true' },
  });
  return response.data.access_token;
}
