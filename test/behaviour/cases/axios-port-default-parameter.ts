// The port is a default parameter; no Metadata header.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/', metadataHeader: false };

export async function getToken(resource: string, _identity?: unknown, port = 50342): Promise<string> {
  const res = await axios.get(`http://localhost:${port}/oauth2/token`, { params: { resource }, timeout: 3000 });
  return res.data.access_token;
}
