// this.port = options.port || 50342 in a constructor; no Metadata header.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/', metadataHeader: false };

class TokenFetcher {
  private readonly port: number;

  constructor(options: { port?: number } = {}) {
    this.port = options.port || 50342;
  }

  async fetch(resource: string): Promise<string> {
    const res = await axios.get(`http://localhost:${this.port}/oauth2/token`, { params: { resource }, timeout: 3000 });
    return res.data.access_token;
  }
}

export function getToken(resource: string): Promise<string> {
  return new TokenFetcher().fetch(resource);
}
