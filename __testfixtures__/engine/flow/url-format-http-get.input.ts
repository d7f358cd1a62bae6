import http from 'node:http';
import { format } from 'node:url';

export function tokenFor(resource: string): Promise<string> {
  const tokenUrl = format({ protocol: 'http', hostname: 'localhost', port: 50342, pathname: '/oauth2/token', query: { resource } });
  return new Promise((resolve, reject) => {
    http
      .get(tokenUrl, { headers: { Metadata: 'true' }, timeout: 2000 }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve(JSON.parse(body).access_token));
      })
      .on('error', reject);
  });
}
