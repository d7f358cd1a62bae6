export async function tokenFor(resource: string): Promise<string> {
  const tokenUrl = `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`;
  const response = await fetch(new Request(tokenUrl, { headers: new Headers({ Metadata: 'true' }), signal: AbortSignal.timeout(2000) }));
  const payload = await response.json();
  return payload.access_token;
}
