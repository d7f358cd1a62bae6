import axios from 'axios';

const config: Record<string, { host: string; port: number }> = {
  msi: { host: '169.254.169.254', port: 50342 },
};

function logged(target: unknown, context: ClassMethodDecoratorContext) {
  return target;
}

export class Tokens {
  @logged
  async fetch(resource: string): Promise<string> {
    const { data } = await axios.get(`http://${config.msi.host}/metadata/identity/oauth2/token?api-version=2018-02-01`, {
      params: { resource },
      headers: { Metadata: 'true' },
      timeout: 1500,
      proxy: false,
    });
    return data.access_token;
  }
}
