import { buildTokenUrl, type IdentitySelector } from './tokenUrl';

const RETRY_STATUSES = new Set([404, 408, 410, 429, 500, 502, 503, 504]);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function fetchToken(resource: string, identity?: IdentitySelector): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(buildTokenUrl(resource, identity), {
      headers: { Metadata: 'true' },
      signal: AbortSignal.timeout(5000),
    });
    if (response.ok) return ((await response.json()) as { access_token: string }).access_token;
    if (attempt >= 4 || !RETRY_STATUSES.has(response.status)) throw new Error(`token request failed: ${response.status}`);
    await sleep(100 * 2 ** attempt);
  }
}
