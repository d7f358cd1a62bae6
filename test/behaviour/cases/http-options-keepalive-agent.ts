// http.get with host and port on one line of its options and a keep-alive agent (a plain http.Agent, kept).
import http from 'http';
import type { CaseCall } from '../behaviourCase';

const keepAlive = new http.Agent({ keepAlive: false });

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(
        {
          host: 'localhost', port: 50342,
          path: '/oauth2/token?resource=' + encodeURIComponent(resource),
          headers: { Metadata: 'true' }, agent: keepAlive, timeout: 3000,
        },
        (res) => {
          let raw = '';
          res.on('data', (chunk) => (raw += chunk));
          res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(raw).access_token) : reject(new Error(raw))));
        },
      )
      .on('error', reject);
  });
}
