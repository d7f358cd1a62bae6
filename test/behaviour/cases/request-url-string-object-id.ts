// request(url, options, callback) with a template-literal URL string and an object_id selector.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = {
  resource: 'https://storage.azure.com/',
  identity: { object_id: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b' },
};

export function getToken(resource: string, identity: { object_id?: string } = {}): Promise<string> {
  const objectIdQuery = identity.object_id ? `&object_id=${identity.object_id}` : '';
  return new Promise((resolve, reject) => {
    request(
      `http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}${objectIdQuery}`,
      { headers: { Metadata: 'true' } },
      (error, response, body) => {
        if (error) return reject(error);
        if (response.statusCode !== 200) return reject(new Error(`MSI token request failed: ${response.statusCode} ${body}`));
        resolve(JSON.parse(body).access_token);
      },
    );
  });
}
