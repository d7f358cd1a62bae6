// axios called as a function with a URL string (resource left unencoded, as hand-written code often did).
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await axios('http://localhost:50342/oauth2/token?resource=' + resource, {
    headers: { Metadata: 'true' },
  });
  return response.data.access_token;
}
