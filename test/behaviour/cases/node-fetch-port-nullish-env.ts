// node-fetch; the port from an option, else the environment, else 50342 (?? chain); the IPv4 loopback.
import fetch from 'node-fetch';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string, _identity?: unknown, options: { port?: number } = {}): Promise<string> {
  const port = options.port ?? Number(process.env.MSI_PORT_FOR_THIS_CASE_ONLY ?? 50342);
  const res = await fetch(`http://127.0.0.1:${port}/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    timeout: 3000,
  });
  if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { access_token: string }).access_token;
}
