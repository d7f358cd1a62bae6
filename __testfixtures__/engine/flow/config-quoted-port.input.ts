import axios from 'axios';

const config: Record<string, { host: string; port: number }> = {
  msi: { host: 'localhost', port: 50342 },
};

function logged(target: unknown, context: ClassMethodDecoratorContext) {
  return target;
}

export class Tokens {
  @logged
  async fetch(resource: string): Promise<string> {
    const { data } = await axios.get(`http://${config.msi.host}:${config['msi'].port}/oauth2/token`, {
      params: { resource },
      headers: { Metadata: 'true' },
      timeout: 1500,
    });
    return data.access_token;
  }
}
