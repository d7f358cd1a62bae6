// An axios instance without a base URL; the full URL at the call.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

const http = axios.create({ timeout: 3000, headers: { Metadata: 'true' } });

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await http.get('http://localhost:50342/oauth2/token', { params: { resource } });
  return response.data.access_token;
}
