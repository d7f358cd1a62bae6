// Node http.get with a URL string on the IPv6 loopback and no Metadata header.
import http from 'http';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net', metadataHeader: false };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get('http://[::1]:50342/oauth2/token?resource=' + encodeURIComponent(resource), (res) => {
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
