// Node http.get with a WHATWG URL object built with searchParams (object_id selector).
import http from 'http';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net', identity: { object_id: '5c4b3a29-1807-4f6e-9d5c-4b3a2918f7e6' } };

export function getToken(resource: string, identity: { object_id?: string } = {}): Promise<string> {
  const url = new URL('http://127.0.0.1:50342/oauth2/token');
  url.searchParams.set('resource', resource);
  if (identity.object_id) url.searchParams.set('object_id', identity.object_id);
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { Metadata: 'true' } }, (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`MSI token request failed: ${res.statusCode} ${raw}`));
          resolve(JSON.parse(raw).access_token);
        });
      })
      .on('error', reject);
  });
}
