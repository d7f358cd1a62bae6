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
    const endpoint = `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(this.resource)}`;
    const reqOptions = this.prepareRequestOptions();
    request.get(endpoint, reqOptions, (err: Error | null, _response: unknown, body: string) => {
      if (err) return callback(err);
      try {
        callback(null, JSON.parse(body) as TokenResponse);
      } catch (parseError) {
        callback(parseError as Error);
      }
    });
  }

  private prepareRequestOptions(): request.CoreOptions {
    const reqOptions: request.CoreOptions = { headers: {}, proxy: false };
    reqOptions.headers!['Metadata'] = 'true';
    return reqOptions;
  }
}
