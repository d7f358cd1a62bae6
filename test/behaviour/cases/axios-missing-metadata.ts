// axios.get that never sent a Metadata header.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://vault.azure.net', metadataHeader: false };

export async function getToken(resource: string): Promise<string> {
  const response = await axios.get('http://localhost:50342/oauth2/token', { params: { resource } });
  return response.data.access_token;
}
