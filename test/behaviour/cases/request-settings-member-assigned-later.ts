// A settings object whose port member is assigned after it is built, from the environment or 50342.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

const settings: { msi: { host: string; port?: string | number } } = { msi: { host: 'localhost' } };
settings.msi.port = process.env.MSI_PORT_FOR_THIS_CASE_ONLY || 50342;

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    request.get(
      { url: `http://${settings.msi.host}:${settings.msi.port}/oauth2/token`, qs: { resource }, headers: { Metadata: 'true' }, timeout: 3000, json: true },
      (error, response, body) => {
        if (error) return reject(error);
        if (response.statusCode !== 200) return reject(new Error(`token request failed: ${response.statusCode} ${JSON.stringify(body)}`));
        resolve(body.access_token);
      },
    );
  });
}
