// undici.request POSTing a querystring form with Content-Type and Content-Length headers.
import * as undici from 'undici';
import querystring from 'querystring';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://graph.microsoft.com/' };

export async function getToken(resource: string): Promise<string> {
  const form = querystring.stringify({ resource });
  const response = await undici.request('http://localhost:50342/oauth2/token', {
    method: 'POST',
    body: form,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(form)),
      metadata: 'true',
    },
  });
  const text = await response.body.text();
  if (response.statusCode !== 200) throw new Error(`MSI token request failed: ${response.statusCode} ${text}`);
  return (JSON.parse(text) as { access_token: string }).access_token;
}
