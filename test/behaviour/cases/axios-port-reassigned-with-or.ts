// The port is a parameter reassigned with || 50342; no Metadata header.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net', metadataHeader: false };

async function tokenFor(resource: string, port?: number): Promise<string> {
  port = port || 50342;
  const res = await axios.get(`http://localhost:${port}/oauth2/token`, { params: { resource }, timeout: 3000 });
  return res.data.access_token;
}

export function getToken(resource: string): Promise<string> {
  return tokenFor(resource);
}
