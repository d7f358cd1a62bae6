// node-fetch from a class whose constructor folds an optional port into the URL it keeps.
import fetch from 'node-fetch';
import type { CaseCall } from '../behaviourCase';

class VmTokenSource {
  private readonly tokenUrl: string;

  constructor(port?: number) {
    this.tokenUrl = 'http://localhost:' + (port || 50342) + '/oauth2/token';
  }

  async token(resource: string): Promise<string> {
    const response = await fetch(this.tokenUrl + '?resource=' + encodeURIComponent(resource), {
      headers: { Metadata: 'true' },
      timeout: 3000,
    });
    if (!response.ok) throw new Error(`token request failed: ${response.status}`);
    return ((await response.json()) as { access_token: string }).access_token;
  }
}

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export function getToken(resource: string): Promise<string> {
  return new VmTokenSource().token(resource);
}
