// Host and port are parameters with the extension's defaults, one plain and one destructured: a caller may
// pass another host, so the request is reported rather than rewritten.
import axios from 'axios';

export async function tokenFor(resource: string, host = 'localhost', port = 50342): Promise<string> {
  const response = await axios.get<{ access_token: string }>(`http://${host}:${port}/oauth2/token`, {
    params: { resource },
    headers: { Metadata: 'true' },
    timeout: 4000,
  });
  return response.data.access_token;
}

export async function tokenWith(resource: string, { host = '127.0.0.1', port = 50342 } = {}): Promise<string> {
  const response = await axios.get<{ access_token: string }>(`http://${host}:${port}/oauth2/token`, {
    params: { resource },
    headers: { Metadata: 'true' },
    timeout: 4000,
  });
  return response.data.access_token;
}
