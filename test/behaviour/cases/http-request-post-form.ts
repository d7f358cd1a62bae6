// Node http.request POSTing a form to the IPv4 loopback with the port as a string; client_id selector.
import http from 'http';
import querystring from 'querystring';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://vault.azure.net',
  identity: { client_id: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f' },
};

export function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const form = querystring.stringify(identity?.client_id ? { resource, client_id: identity.client_id } : { resource });
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        hostname: '127.0.0.1',
        port: '50342',
        path: '/oauth2/token',
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(form),
          Metadata: 'true',
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return reject(new Error(`MSI token request failed: ${res.statusCode} ${raw}`));
          resolve(JSON.parse(raw).access_token);
        });
      },
    );
    req.on('error', reject);
    req.write(form);
    req.end();
  });
}
