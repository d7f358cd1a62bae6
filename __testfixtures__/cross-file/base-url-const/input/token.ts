import axios from 'axios';
import { MSI_TOKEN_URL, TIMEOUT_MS } from './config';

export const sends = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const { data } = await axios.get(MSI_TOKEN_URL, { params: { resource }, headers: { Metadata: 'true' }, timeout: TIMEOUT_MS });
  return data.access_token;
}
