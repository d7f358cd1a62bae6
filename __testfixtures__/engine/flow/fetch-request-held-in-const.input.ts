export async function tokenFor(resource: string): Promise<string> {
  const tokenUrl = `http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`;
  const tokenRequest = new Request(tokenUrl, { headers: new Headers({ Metadata: 'true' }), signal: AbortSignal.timeout(2000) });
  const response = await fetch(tokenRequest);
  const payload = await response.json();
  return payload.access_token;
}
