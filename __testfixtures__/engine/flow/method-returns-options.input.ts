import axios, { type AxiosRequestConfig } from 'axios';

export class KeyVaultAuth {
  constructor(private readonly resource = 'https://vault.azure.net') {}

  private tokenRequest(): AxiosRequestConfig {
    return {
      url: 'http://localhost:50342/oauth2/token',
      method: 'get',
      params: { resource: this.resource },
      headers: { Metadata: 'true' },
      timeout: 2000,
    };
  }

  async accessToken(): Promise<string> {
    const response = await axios.request(this.tokenRequest());
    return response.data.access_token;
  }
}
