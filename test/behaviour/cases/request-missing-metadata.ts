// request with { url, qs } and no Metadata header.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/', metadataHeader: false };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request({ url: 'http://localhost:50342/oauth2/token', qs: { resource }, json: true }, (error, response, body) => {
      if (error) return reject(error);
      if (response.statusCode !== 200) return reject(new Error(`MSI token request failed: ${response.statusCode} ${JSON.stringify(body)}`));
      resolve(body.access_token);
    });
  });
}
