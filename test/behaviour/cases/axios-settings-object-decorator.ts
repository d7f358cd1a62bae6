// A settings object with nested and quoted keys, read by a decorated method.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

/** Marks a method as traced; a no-op here, and valid as a legacy or a standard decorator. */
function traced(..._args: unknown[]): void {}

const settings = {
  msi: { baseUrl: 'http://localhost:50342', 'token-path': '/oauth2/token' },
  timeouts: { token: 3000 },
};

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

class SecretsClient {
  @traced
  async token(resource: string): Promise<string> {
    const response = await axios.get(settings.msi.baseUrl + settings['msi']['token-path'], {
      params: { resource },
      headers: { Metadata: 'true' },
      timeout: settings.timeouts.token,
    });
    return response.data.access_token;
  }
}

export function getToken(resource: string): Promise<string> {
  return new SecretsClient().token(resource);
}
