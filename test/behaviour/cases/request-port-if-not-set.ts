// The port is a parameter set to 50342 by an if when missing; request.post with a form and no Metadata header.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/', metadataHeader: false };

function tokenFor(resource: string, port: number | undefined, callback: (error: Error | null, token?: string) => void): void {
  if (!port) {
    port = 50342;
  }
  request.post({ url: 'http://localhost:' + port + '/oauth2/token', form: { resource }, timeout: 3000 }, (err, res, body) => {
    if (err) return callback(err);
    if (res.statusCode !== 200) return callback(new Error(`token request failed: ${res.statusCode} ${body}`));
    callback(null, JSON.parse(body).access_token);
  });
}

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => tokenFor(resource, undefined, (error, token) => (error ? reject(error) : resolve(token!))));
}
