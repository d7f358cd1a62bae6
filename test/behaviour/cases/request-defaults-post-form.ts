// request.defaults({...}) kept in a const, then .post with a form.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

const msi = request.defaults({ headers: { Metadata: 'true' }, timeout: 3000, json: true });

export const sends: CaseCall = { resource: 'https://storage.azure.com/', identity: { object_id: '4f5a6b7c-8d9e-4f0a-9b1c-2d3e4f5a6b7c' } };

export function getToken(resource: string, identity?: { object_id?: string }): Promise<string> {
  const form: Record<string, string> = { resource };
  if (identity?.object_id) form.object_id = identity.object_id;
  return new Promise((resolve, reject) => {
    msi.post('http://localhost:50342/oauth2/token', { form }, (error, response, body) => {
      if (error) return reject(error);
      if (response.statusCode !== 200) return reject(new Error(`token request failed: ${response.statusCode} ${JSON.stringify(body)}`));
      resolve(body.access_token);
    });
  });
}
