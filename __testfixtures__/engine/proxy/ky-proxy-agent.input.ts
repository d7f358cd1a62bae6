import ky from 'ky';
import { ProxyAgent } from 'undici';

const viaProxy = ky.extend({ dispatcher: new ProxyAgent('http://proxy.internal:3128'), headers: { Metadata: 'true' } });

export async function getToken(resource: string): Promise<string> {
  const reply = await viaProxy.get('http://localhost:50342/oauth2/token', { searchParams: { resource } }).json<{ access_token: string }>();
  return reply.access_token;
}
