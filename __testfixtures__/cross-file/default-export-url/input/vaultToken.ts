import tokenEndpoint from './tokenEndpoint';

export async function vaultToken(resource: string): Promise<string> {
  const response = await fetch(`${tokenEndpoint}?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(4000),
  });
  return (await response.json()).access_token;
}
