import * as request from 'request';

export interface VmIdentityOptions {
  port?: number;
  resource?: string;
}

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_on: string;
}

export class VmIdentityCredentials {
  readonly port: number;
  readonly resource: string;

  constructor(options?: VmIdentityOptions) {
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
    request.post(endpoint, reqOptions, (err: Error | null, _response: unknown, body: string) => {
      if (err) return callback(err);
      try {
        callback(null, JSON.parse(body) as TokenResponse);
      } catch (parseError) {
        callback(parseError as Error);
      }
    });
  }

  private prepareRequestOptions(): request.CoreOptions {
    const reqOptions: request.CoreOptions = { headers: {}, body: '' };
    reqOptions.headers!['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    reqOptions.headers!['Metadata'] = 'true';
    reqOptions.body = 'resource=' + encodeURIComponent(this.resource);
    return reqOptions;
  }
}
