import axios from 'axios';

function traced(target: unknown, context: ClassMethodDecoratorContext) {
  return target;
}

const settings = {
  msi: { baseUrl: 'http://localhost:50342', 'token-path': '/oauth2/token' },
  timeouts: { token: 2000 },
};

export class VaultSecrets {
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
