import http from 'node:http';

const MSI_PORT = 50342;

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: 'localhost',
        port: MSI_PORT,
        path: `/oauth2/token?resource=${encodeURIComponent(resource)}`,
        method: 'GET',
        headers: { Metadata: 'true' },
      },
      (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw).access_token));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
