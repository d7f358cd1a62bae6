import axios, { type AxiosRequestConfig } from 'axios';

export class KeyVaultAuth {
  constructor(private readonly resource = 'https://vault.azure.net') {}

  private tokenRequest(): AxiosRequestConfig {
    return {
      url: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01',
      method: 'get',
      params: { resource: this.resource },
      headers: { Metadata: 'true' },
      timeout: 2000,
      proxy: false,
    };
  }

  async accessToken(): Promise<string> {
    const response = await axios.request(this.tokenRequest());
    return response.data.access_token;
  }
}
