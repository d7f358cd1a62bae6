import * as request from 'request';

export class IdentityEndpointClient {
  constructor(
    public resource: string,
    public port: number = 50342,
  ) {}

  getToken(callback: (error: Error | null, accessToken?: string) => void): void {
    request.get(
      `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01`,
      { qs: { resource: this.resource }, headers: { Metadata: 'true' }, timeout: 2000, proxy: false },
      (error, _response, body) => {
        if (error) return callback(error);
        callback(null, JSON.parse(body).access_token);
      },
    );
  }
}
