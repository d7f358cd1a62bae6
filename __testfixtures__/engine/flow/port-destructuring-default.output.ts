import axios from 'axios';

interface TokenOptions {
  resource: string;
  port?: number;
}

export async function tokenFor({ resource, port = 50342 }: TokenOptions): Promise<string> {
  const res = await axios.get(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01`, { params: { resource }, timeout: 2000, headers: { Metadata: 'true' }, proxy: false });
  return res.data.access_token;
}

export async function tokenFromOptions(options: TokenOptions): Promise<string> {
  const { resource, port = 50342 } = options;
  const res = await axios.get(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01`, { params: { resource }, timeout: 2000, headers: { Metadata: 'true' }, proxy: false });
  return res.data.access_token;
}
