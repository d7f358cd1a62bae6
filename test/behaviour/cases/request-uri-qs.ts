// request with { uri, qs, json } and a callback wrapped in a Promise.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request(
      { uri: 'http://localhost:50342/oauth2/token', qs: { resource }, headers: { Metadata: 'true' }, json: true },
      (error, response, body) => {
        if (error) return reject(error);
        if (response.statusCode !== 200) return reject(new Error(`MSI token request failed: ${response.statusCode} ${JSON.stringify(body)}`));
        resolve(body.access_token);
      },
    );
  });
}
