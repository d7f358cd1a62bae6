// fetch whose host is destructured from a const array and whose port from a const settings object.
import type { CaseCall } from '../behaviourCase';

const [TOKEN_HOST] = ['localhost', 'unused'];
const IDENTITY = { port: 50342, retries: 2 };
const { port } = IDENTITY;

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`http://${TOKEN_HOST}:${port}/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
