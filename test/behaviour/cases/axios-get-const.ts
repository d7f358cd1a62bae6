// axios.get with the endpoint in a module constant and the query in params.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

const MSI_ENDPOINT_URL = 'http://localhost:50342/oauth2/token';

export const sends: CaseCall = { resource: 'https://storage.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await axios.get<{ access_token: string }>(MSI_ENDPOINT_URL, {
    params: { resource },
    headers: { Metadata: 'true' },
  });
  return response.data.access_token;
}
