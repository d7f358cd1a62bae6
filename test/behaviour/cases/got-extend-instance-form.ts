// A got instance kept in a const; the form is an object built before the call.
import got from 'got';
import type { CaseCall } from '../behaviourCase';

const identityClient = got.extend({
  headers: { Metadata: 'true' },
  timeout: { request: 3000 },
  retry: { limit: 0 },
  responseType: 'json',
});

export const sends: CaseCall = { resource: 'https://vault.azure.net', identity: { client_id: '3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b' } };

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const form: Record<string, string> = { resource };
  if (identity?.client_id) form.client_id = identity.client_id;
  const response = await identityClient.post<{ access_token: string }>('http://localhost:50342/oauth2/token', { form });
  return response.body.access_token;
}
