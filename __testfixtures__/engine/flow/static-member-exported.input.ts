import axios from 'axios';

export class MsiDefaults {
  static port = 50342;
  static host = 'localhost';
}

export async function tokenFor(resource: string): Promise<string> {
  const url = `http://${MsiDefaults.host}:${MsiDefaults.port}/oauth2/token`;
  const res = await axios.get(url, { params: { resource }, headers: { Metadata: 'true' }, timeout: 2000 });
  return res.data.access_token;
}
