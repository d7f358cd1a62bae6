// Global fetch of a module URL const; the POST form body comes from a local function that builds the init.
import type { CaseCall } from '../behaviourCase';

const TOKEN_URL = 'http://localhost:50342/oauth2/token';
const STORAGE_RESOURCE = 'https://storage.azure.com/';

function tokenRequestInit(): RequestInit {
  return {
    method: 'POST',
    headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `resource=${encodeURIComponent(STORAGE_RESOURCE)}`,
    signal: AbortSignal.timeout(3000),
  };
}

export const sends: CaseCall = { resource: STORAGE_RESOURCE };

export async function getToken(): Promise<string> {
  const response = await fetch(TOKEN_URL, tokenRequestInit());
  if (!response.ok) throw new Error(`token request failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
