// An axios config whose Metadata header is written after the object is built.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const config = { params: { resource }, headers: {} as Record<string, string>, timeout: 3000 };
  config.headers['Metadata'] = 'true';
  const response = await axios.get('http://localhost:50342/oauth2/token', config);
  return response.data.access_token;
}
