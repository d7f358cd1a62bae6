// got.post with a form: object.
import got from 'got';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export async function getToken(resource: string): Promise<string> {
  const { access_token } = await got
    .post('http://localhost:50342/oauth2/token', { form: { resource }, headers: { Metadata: 'true' } })
    .json<{ access_token: string }>();
  return access_token;
}
