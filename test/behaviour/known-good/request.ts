// Sends real requests only when run by known-good-migrations-get-token.test.ts, which intercepts them in-process
// (msw setupServer, onUnhandledRequest: 'error'); test/setup/no-real-network.ts also refuses any non-loopback socket.
// Hand-migrated reference: request with qs and proxy: false.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(
      {
        uri: 'http://169.254.169.254/metadata/identity/oauth2/token',
        qs: { 'api-version': '2018-02-01', resource },
        headers: { Metadata: 'true' },
        json: true,
        proxy: false,
      },
      (error, _response, body) => (error ? reject(error) : resolve(body.access_token)),
    );
  });
}
