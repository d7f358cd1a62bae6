// request-promise-native .post with a form: object on the IPv4 loopback, port from an env var with a default.
import rp from 'request-promise-native';
import type { CaseCall } from '../behaviourCase';

const MSI_PORT = process.env.MSI_PORT || '50342';

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export async function getToken(resource: string): Promise<string> {
  const body = await rp.post({
    url: `http://127.0.0.1:${MSI_PORT}/oauth2/token`,
    form: { resource },
    headers: { Metadata: 'true' },
  });
  return JSON.parse(body).access_token;
}
