// Node http.get with a URL string and an options object for the headers.
import http from 'http';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(`http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`, { headers: { Metadata: 'true' } }, (res) => {
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
