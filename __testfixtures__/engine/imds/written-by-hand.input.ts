// Someone already moved this helper to IMDS, but left it without a timeout: the advisories stay with it.
import axios from 'axios';

export async function graphToken(): Promise<string> {
  const { data } = await axios.get('http://169.254.169.254/metadata/identity/oauth2/token', {
    params: { 'api-version': '2018-02-01', resource: 'https://graph.microsoft.com/' },
    headers: { Metadata: 'true' },
  });
  return data.access_token;
}
