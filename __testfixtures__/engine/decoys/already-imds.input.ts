export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(5_000),
  });
  return (await response.json()).access_token;
}
