import axios from 'axios';

function traced(target: unknown, context: ClassMethodDecoratorContext) {
  return target;
}

const settings = {
  msi: { baseUrl: 'http://169.254.169.254', 'token-path': '/metadata/identity/oauth2/token' },
  timeouts: { token: 2000 },
};

export class VaultSecrets {
  @traced
  async token(resource: string): Promise<string> {
    const response = await axios.get(settings.msi.baseUrl + settings['msi']['token-path'] + '?api-version=2018-02-01', {
      params: { resource },
      headers: { Metadata: 'true' },
      timeout: settings.timeouts.token,
      proxy: false,
    });
    return response.data.access_token;
  }
}
