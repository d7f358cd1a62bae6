// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: http.get through `import * as http from 'node:http'` (ESM named exports).
import * as http from 'node:http';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`, { headers: { Metadata: 'true' } }, (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw).access_token));
      })
      .on('error', reject);
  });
}
