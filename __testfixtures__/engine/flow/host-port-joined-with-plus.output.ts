// Token helper of a small worker service: host and port are kept apart and joined per call.
import fetch from 'node-fetch';

const MSI_HOST = '169.254.169.254';

export async function accessTokenFor(resource: string): Promise<string> {
  const url = 'http://' + MSI_HOST + '/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource);
  const response = await fetch(url, { headers: { Metadata: 'true' }, timeout: 3000 });
  if (!response.ok) throw new Error(`token request failed with ${response.status}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}
