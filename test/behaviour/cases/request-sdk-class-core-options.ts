// The SDK credentials class in TypeScript with request's CoreOptions: header writes go through a non-null assertion.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

class VmIdentityCredentials {
  readonly port: number;
  readonly resource: string;

  constructor(options?: { port?: number; resource?: string }) {
    if (!options) options = {};
    if (!options.port) options.port = 50342;
    this.port = options.port;
    this.resource = options.resource || 'https://management.azure.com/';
  }

  getToken(callback: (error: Error | null, accessToken?: string) => void): void {
    const endpoint = `http://localhost:${this.port}/oauth2/token`;
    const reqOptions = this.prepareRequestOptions();
    request.post(endpoint, reqOptions, (err: Error | null, response: request.Response, body: string) => {
      if (err) return callback(err);
      if (response.statusCode !== 200) return callback(new Error(`token request failed: ${response.statusCode} ${body}`));
      callback(null, JSON.parse(body).access_token);
    });
  }

  private prepareRequestOptions(): request.CoreOptions {
    const reqOptions: request.CoreOptions = { headers: {}, body: '', timeout: 3000 };
    reqOptions.headers!['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    reqOptions.headers!['Metadata'] = 'true';
    reqOptions.body = 'resource=' + encodeURIComponent(this.resource);
    return reqOptions;
  }
}

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    new VmIdentityCredentials({ resource }).getToken((error, token) => (error ? reject(error) : resolve(token!)));
  });
}
