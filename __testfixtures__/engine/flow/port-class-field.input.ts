import axios from 'axios';

export class TokenFetcher {
  private port = 50342;

  async fetch(resource: string): Promise<string> {
    const res = await axios.get(`http://localhost:${this.port}/oauth2/token`, { params: { resource }, timeout: 2000 });
    return res.data.access_token;
  }
}
