// The host const feeds the token URL and, on its own, a health probe the tool does not rewrite: editing
// the host for the token request would move the probe too, so the request is left for review.
const MSI_HOST = 'localhost';
const MSI_PORT = 50342;

export async function probe(): Promise<boolean> {
  const response = await fetch(`http://${MSI_HOST}:${MSI_PORT}/health`);
  return response.ok;
}

export async function accessTokenFor(resource: string): Promise<string> {
  const url = 'http://' + MSI_HOST + ':' + MSI_PORT + '/oauth2/token?resource=' + encodeURIComponent(resource);
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
