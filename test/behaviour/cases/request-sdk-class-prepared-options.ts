// The SDK credentials class: the port defaults in the constructor through the options bag, the URL is a template on
// this.port, and the options come from a builder method that fills headers and a form body after creating them.
import request from 'request';
import type { CaseCall } from '../behaviourCase';

interface VmCredentialOptions {
  port?: number;
  resource?: string;
}

interface TokenResponse {
  access_token: string;
  token_type: string;
}

class VmIdentityCredentials {
  port: number;
  resource: string;

  constructor(options?: VmCredentialOptions) {
    if (!options) options = {};
    if (!options.port) {
      options.port = 50342;
    } else if (typeof options.port !== 'number') {
      throw new Error('options.port must be a number.');
    }
    this.port = options.port;
    this.resource = options.resource || 'https://management.azure.com/';
  }

  getToken(callback: (error: Error | null, token?: TokenResponse) => void): void {
    const endpoint = `http://localhost:${this.port}/oauth2/token`;
    const reqOptions = this.prepareRequestOptions();
    request.post(endpoint, reqOptions, (err: Error | null, response: request.Response, body: string) => {
      if (err) return callback(err);
      if (response.statusCode !== 200) return callback(new Error(`token request failed: ${response.statusCode} ${body}`));
      try {
        callback(null, JSON.parse(body) as TokenResponse);
      } catch (parseError) {
        callback(parseError as Error);
      }
    });
  }

  prepareRequestOptions() {
    const reqOptions: { headers: Record<string, string>; body: string; timeout?: number } = { headers: {}, body: '' };
    reqOptions.headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    reqOptions.headers['Metadata'] = 'true';
    reqOptions.body = 'resource=' + encodeURIComponent(this.resource);
    reqOptions.timeout = 3000;
    return reqOptions;
  }
}

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export function getToken(resource: string): Promise<string> {
  return new Promise((resolve, reject) => {
    new VmIdentityCredentials({ resource }).getToken((error, token) => (error ? reject(error) : resolve(token!.access_token)));
  });
}
