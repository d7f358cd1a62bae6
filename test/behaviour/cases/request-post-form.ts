// request.post with a form: object, client_id selector.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://vault.azure.net',
  identity: { client_id: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a' },
};

export function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const form: Record<string, string> = { resource };
  if (identity?.client_id) form.client_id = identity.client_id;
  return new Promise((resolve, reject) => {
    request.post({ url: 'http://localhost:50342/oauth2/token', form, headers: { Metadata: 'true' } }, (error, response, body) => {
      if (error) return reject(error);
      if (response.statusCode !== 200) return reject(new Error(`MSI token request failed: ${response.statusCode} ${body}`));
      resolve(JSON.parse(body).access_token);
    });
  });
}
