// A ky instance from ky.create({ prefixUrl, headers }), extended with a timeout, called with a relative path and
// searchParams built as URLSearchParams; object_id selector.
import ky from 'ky';
import type { CaseCall } from '../behaviourCase';

const identityApi = ky.create({ prefixUrl: 'http://127.0.0.1:50342', headers: { Metadata: 'true' } });
const tokenApi = identityApi.extend({ timeout: 4000 });

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { object_id: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d' },
};

export async function getToken(resource: string, identity?: { object_id?: string }): Promise<string> {
  const searchParams = new URLSearchParams({ resource });
  if (identity?.object_id) searchParams.set('object_id', identity.object_id);
  const body = await tokenApi.get('oauth2/token', { searchParams }).json<{ access_token: string }>();
  return body.access_token;
}
