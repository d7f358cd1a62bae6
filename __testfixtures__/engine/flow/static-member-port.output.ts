import axios from 'axios';

class MsiDefaults {
  static port = 50342;
  static host = '169.254.169.254';
}

export async function tokenFor(resource: string): Promise<string> {
  const url = `http://${MsiDefaults.host}/metadata/identity/oauth2/token?api-version=2018-02-01`;
  const res = await axios.get(url, { params: { resource }, headers: { Metadata: 'true' }, timeout: 2000, proxy: false });
  return res.data.access_token;
}
