// ky.post with a URLSearchParams form body and the form Content-Type; client_id selector.
import ky from 'ky';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://vault.azure.net',
  identity: { client_id: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7' },
};

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const form = new URLSearchParams({ resource });
  if (identity?.client_id) form.append('client_id', identity.client_id);
  const token = await ky
    .post('http://localhost:50342/oauth2/token', {
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Metadata: 'true' },
    })
    .json<{ access_token: string }>();
  return token.access_token;
}
