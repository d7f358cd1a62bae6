import http from 'node:http';

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '169.254.169.254',
        path: `/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`,
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
