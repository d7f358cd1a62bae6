import http from 'node:http';

// A local stand-in for IMDS used by the integration tests; it listens on 127.0.0.1:50342.
export function startImdsEmulator(accessToken: string): http.Server {
  return http
    .createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1:50342');
      if (url.pathname !== '/metadata/identity/oauth2/token' || req.headers.metadata !== 'true') {
        res.writeHead(400).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ access_token: accessToken, expires_in: '3599', token_type: 'Bearer' }));
    })
    .listen(50342, '127.0.0.1');
}

export async function tokenFromEmulator(resource: string): Promise<string> {
  const response = await fetch(
    `http://127.0.0.1:50342/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`,
    { headers: { Metadata: 'true' } },
  );
  return (await response.json()).access_token;
}
