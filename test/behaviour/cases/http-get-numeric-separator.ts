// Node http.get with an options object: port written 50_342, path from querystring.stringify, object_id.
import * as http from 'node:http';
import * as querystring from 'node:querystring';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { object_id: '0e1f2a3b-4c5d-4e6f-9a7b-8c9d0e1f2a3b' },
};

export function getToken(resource: string, identity: { object_id?: string } = {}): Promise<string> {
  const query = querystring.stringify(identity.object_id ? { resource, object_id: identity.object_id } : { resource });
  const options = { hostname: 'localhost', port: 50_342, path: `/oauth2/token?${query}`, headers: { Metadata: 'true' } };
  return new Promise((resolve, reject) => {
    http
      .get(options, (res) => {
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
