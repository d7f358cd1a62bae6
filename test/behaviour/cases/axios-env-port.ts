// axios with the port from process.env.MSI_PORT, falling back to 50342.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

const port = process.env.MSI_PORT || 50342;

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await axios.get(`http://localhost:${port}/oauth2/token`, {
    params: { resource },
    headers: { Metadata: 'true' },
  });
  return response.data.access_token;
}
