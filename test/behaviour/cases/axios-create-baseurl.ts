// An axios instance with baseURL on the extension and a relative path at the call.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

const msiClient = axios.create({
  baseURL: 'http://localhost:50342',
  headers: { Metadata: 'true' },
  timeout: 5000,
});

export const sends: CaseCall = {
  resource: 'https://management.azure.com/',
  identity: { client_id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f' },
};

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const response = await msiClient.get('/oauth2/token', { params: { resource, client_id: identity?.client_id } });
  return response.data.access_token;
}
