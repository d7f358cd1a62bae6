// The query of this let URL starts in one branch or the other: which '?' opens it is not known where the
// request reads the URL, so api-version has no certain place and the request is left for review.
import axios from 'axios';

export async function tokenFor(resource: string, clientId?: string): Promise<string> {
  let tokenUrl = 'http://localhost:50342/oauth2/token';
  if (clientId) {
    tokenUrl += '?client_id=' + encodeURIComponent(clientId) + '&resource=' + encodeURIComponent(resource);
  } else {
    tokenUrl += '?resource=' + encodeURIComponent(resource);
  }
  const response = await axios.get(tokenUrl, { headers: { Metadata: 'true' } });
  return response.data.access_token;
}
