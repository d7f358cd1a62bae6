import axios from 'axios';

export interface FetcherOptions {
  port?: number;
}

export class TokenFetcher {
  private readonly port: number;

  constructor(options: FetcherOptions = {}) {
    this.port = options.port || 50342;
  }

  async fetch(resource: string): Promise<string> {
    const res = await axios.get(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01`, { params: { resource }, timeout: 2000, headers: { Metadata: 'true' }, proxy: false });
    return res.data.access_token;
  }
}
