// Host and port read from a config object, one of them through a quoted key.
import axios from 'axios';
import type { CaseCall } from '../behaviourCase';

const config: Record<string, { host: string; port: number }> = {
  msi: { host: 'localhost', port: 50342 },
};

export const sends: CaseCall = { resource: 'https://vault.azure.net', identity: { client_id: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a' } };

export async function getToken(resource: string, identity?: { client_id?: string }): Promise<string> {
  const { data } = await axios.get(`http://${config.msi.host}:${config['msi'].port}/oauth2/token`, {
    params: { resource, client_id: identity?.client_id },
    headers: { Metadata: 'true' },
    timeout: 3000,
  });
  return data.access_token;
}
