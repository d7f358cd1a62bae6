import { LEGACY_TOKEN_URL, TIMEOUT_MS } from './lib';

export async function acquire(resource: string): Promise<string> {
  const resp = await fetch(`${LEGACY_TOKEN_URL}?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = await resp.json();
  return body.access_token;
}
