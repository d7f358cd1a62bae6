// Node http.request with { host, port (number), path, method, headers }.
import http from 'http';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: 'localhost',
        port: 50342,
        path: '/oauth2/token?resource=' + encodeURIComponent(resource),
        method: 'GET',
        headers: { Metadata: 'true' },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (raw += chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`MSI token request failed: ${res.statusCode} ${raw}`));
          resolve(JSON.parse(raw).access_token);
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
