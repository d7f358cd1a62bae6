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

export async function storageToken(): Promise<string> {
  const response = await fetch(TOKEN_URL, tokenRequestInit());
  return (await response.json()).access_token;
}
