const TOKEN_URL = 'http://localhost:50342/oauth2/token';

function tokenRequestInit(resource: string): RequestInit {
  return {
    method: 'POST',
    headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `resource=${encodeURIComponent(resource)}`,
    signal: AbortSignal.timeout(3000),
  };
}

export async function storageToken(): Promise<string> {
  const response = await fetch(TOKEN_URL, tokenRequestInit('https://storage.azure.com/'));
  return (await response.json()).access_token;
}
