import * as request from 'request';

export class IdentityEndpointClient {
  constructor(
    public resource: string,
    public port: number = 50342,
  ) {}

  getToken(callback: (error: Error | null, accessToken?: string) => void): void {
    request.post(
      `http://localhost:${this.port}/oauth2/token`,
      { form: { resource: this.resource }, headers: { Metadata: 'true' }, timeout: 2000 },
      (error, _response, body) => {
        if (error) return callback(error);
        callback(null, JSON.parse(body).access_token);
      },
    );
  }
}
