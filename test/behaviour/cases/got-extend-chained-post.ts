// got.extend({...}).post(url, { form }) in one chain.
import got from 'got';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const body = await got
    .extend({ headers: { Metadata: 'true' }, timeout: { request: 3000 }, retry: { limit: 0 } })
    .post('http://localhost:50342/oauth2/token', { form: { resource } })
    .json<{ access_token: string }>();
  return body.access_token;
}
