import axios from 'axios';

export async function getIdentityToken(resource: string, clientId?: string): Promise<string> {
  let tokenUrl = 'http://169.254.169.254/metadata/identity/oauth2/token';
  tokenUrl += '?api-version=2018-02-01&resource=' + encodeURIComponent(resource);
  if (clientId) {
    tokenUrl += '&client_id=' + encodeURIComponent(clientId);
  }
  const response = await axios.get(tokenUrl, { headers: { Metadata: 'true' }, timeout: 2000, proxy: false });
  return response.data.access_token;
}
