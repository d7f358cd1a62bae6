import http from 'node:http';

const MSI_PORT = 50342;

/** Token for Microsoft Graph, with the plain http module (no dependency). */
export function getGraphToken(): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        hostname: 'localhost',
        port: MSI_PORT,
        path: '/oauth2/token?resource=' + encodeURIComponent('https://graph.microsoft.com/'),
        headers: { Metadata: 'true' },
        timeout: 5000,
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (raw += chunk));
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`token request failed: ${res.statusCode}`));
          else resolve(JSON.parse(raw).access_token);
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('token request timed out')));
    req.on('error', reject);
  });
}
