import axios from 'axios';

interface TokenOptions {
  resource: string;
  port?: number;
}

export async function tokenFor({ resource, port = 50342 }: TokenOptions): Promise<string> {
  const res = await axios.get(`http://localhost:${port}/oauth2/token`, { params: { resource }, timeout: 2000 });
  return res.data.access_token;
}

export async function tokenFromOptions(options: TokenOptions): Promise<string> {
  const { resource, port = 50342 } = options;
  const res = await axios.get(`http://localhost:${port}/oauth2/token`, { params: { resource }, timeout: 2000 });
  return res.data.access_token;
}
