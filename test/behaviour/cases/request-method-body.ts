// request with { url, method: 'POST', body: 'resource=...' }: the shape ms-rest-azure's MSIVmTokenCredentials used.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export function getToken(resource: string): Promise<string> {
  const reqOptions = {
    url: 'http://localhost:50342/oauth2/token',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Metadata: 'true' },
    body: 'resource=' + encodeURIComponent(resource),
    method: 'POST',
  };
  return new Promise((resolve, reject) => {
    request(reqOptions, (error, response, body) => {
      if (error) return reject(error);
      if (response.statusCode !== 200) return reject(new Error(`MSI token request failed: ${response.statusCode} ${body}`));
      resolve(JSON.parse(body).access_token);
    });
  });
}
