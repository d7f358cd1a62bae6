// A TypeScript parameter property holds the port (default 50342); request.post with a form.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

class IdentityEndpointClient {
  constructor(
    public resource: string,
    public port: number = 50342,
  ) {}

  getToken(callback: (error: Error | null, accessToken?: string) => void): void {
    request.post(
      `http://localhost:${this.port}/oauth2/token`,
      { form: { resource: this.resource }, headers: { Metadata: 'true' }, timeout: 3000 },
      (error, response, body) => {
        if (error) return callback(error);
        if (response.statusCode !== 200) return callback(new Error(`token request failed: ${response.statusCode} ${body}`));
        callback(null, JSON.parse(body).access_token);
      },
    );
  }
}

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    new IdentityEndpointClient(resource).getToken((error, token) => (error ? reject(error) : resolve(token!)));
  });
}
