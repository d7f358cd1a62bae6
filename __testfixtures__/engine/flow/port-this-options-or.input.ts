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
    const res = await axios.get(`http://localhost:${this.port}/oauth2/token`, { params: { resource }, timeout: 2000 });
    return res.data.access_token;
  }
}
