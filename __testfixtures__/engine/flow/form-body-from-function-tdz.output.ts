const TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01';
const STORAGE_RESOURCE = 'https://storage.azure.com/';

function tokenRequestInit(): RequestInit {
  return {
    method: 'GET',
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  };
}

export async function storageToken(): Promise<string> {
  const response = await fetch(TOKEN_URL + '&' + `resource=${encodeURIComponent(STORAGE_RESOURCE)}`, tokenRequestInit());
  return (await response.json()).access_token;
}
