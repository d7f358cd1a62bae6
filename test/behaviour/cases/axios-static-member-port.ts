// Host and port as static members of a module-private class.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

class MsiDefaults {
  static port = 50342;
  static host = 'localhost';
}

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export async function getToken(resource: string): Promise<string> {
  const url = `http://${MsiDefaults.host}:${MsiDefaults.port}/oauth2/token`;
  const res = await axios.get(url, { params: { resource }, headers: { Metadata: 'true' }, timeout: 3000 });
  return res.data.access_token;
}
