// Host and port joined by Array.prototype.join, then the token path appended.
const TOKEN_ENDPOINT = ['http://localhost', '50342'].join(':') + '/oauth2/token';

export async function identityToken(resource: string): Promise<string> {
  const response = await fetch(`${TOKEN_ENDPOINT}?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  return (await response.json()).access_token;
}
