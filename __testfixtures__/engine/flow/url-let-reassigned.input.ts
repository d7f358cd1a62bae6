import axios from 'axios';

export async function getIdentityToken(resource: string, clientId?: string): Promise<string> {
  let tokenUrl = 'http://localhost:50342/oauth2/token';
  tokenUrl += '?resource=' + encodeURIComponent(resource);
  if (clientId) {
    tokenUrl += '&client_id=' + encodeURIComponent(clientId);
  }
  const response = await axios.get(tokenUrl, { headers: { Metadata: 'true' }, timeout: 2000 });
  return response.data.access_token;
}
