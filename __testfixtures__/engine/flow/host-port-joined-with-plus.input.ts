// Token helper of a small worker service: host and port are kept apart and joined per call.
import fetch from 'node-fetch';

const MSI_HOST = 'localhost';
const MSI_PORT = 50342;

export async function accessTokenFor(resource: string): Promise<string> {
  const url = 'http://' + MSI_HOST + ':' + MSI_PORT + '/oauth2/token?resource=' + encodeURIComponent(resource);
  const response = await fetch(url, { headers: { Metadata: 'true' }, timeout: 3000 });
  if (!response.ok) throw new Error(`token request failed with ${response.status}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}
