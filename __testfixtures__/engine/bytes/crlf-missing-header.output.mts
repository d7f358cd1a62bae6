export async function getToken(resource: string) {
  const response = await fetch(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}`, {
    cache: 'no-store',
    headers: { Metadata: 'true' },
  });
  return response.json();
}
