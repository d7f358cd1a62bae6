// got with searchParams and .json().
import got from 'got';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { client_id: '6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c' },
};

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const searchParams: Record<string, string> = { resource };
  if (identity?.client_id) searchParams.client_id = identity.client_id;
  const token = await got('http://localhost:50342/oauth2/token', { searchParams, headers: { Metadata: 'true' } }).json<{ access_token: string }>();
  return token.access_token;
}
