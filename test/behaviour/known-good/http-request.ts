// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: Node http.request with an options object (no port: IMDS listens on 80).
import http from 'http';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '169.254.169.254',
        path: '/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource),
        method: 'GET',
        headers: { Metadata: 'true' },
      },
      (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw).access_token));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
