// axios.request with a config a private method returns.
import axios, { type AxiosRequestConfig } from 'axios';
import type { CaseCall } from '../behaviourCase';

class KeyVaultAuth {
  constructor(private readonly resource: string) {}

  private tokenRequest(): AxiosRequestConfig {
    return {
      url: 'http://localhost:50342/oauth2/token',
      method: 'get',
      params: { resource: this.resource },
      headers: { Metadata: 'true' },
      timeout: 3000,
    };
  }

  async accessToken(): Promise<string> {
    const response = await axios.request(this.tokenRequest());
    return response.data.access_token;
  }
}

export const sends: CaseCall = { resource: 'https://vault.azure.net' };

export function getToken(resource: string): Promise<string> {
  return new KeyVaultAuth(resource).accessToken();
}
