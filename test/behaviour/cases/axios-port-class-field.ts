// The port is a class field; no Metadata header.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/', metadataHeader: false };

class TokenFetcher {
  private port = 50342;

  async fetch(resource: string): Promise<string> {
    const res = await axios.get(`http://localhost:${this.port}/oauth2/token`, { params: { resource }, timeout: 3000 });
    return res.data.access_token;
  }
}

export function getToken(resource: string): Promise<string> {
  return new TokenFetcher().fetch(resource);
}
