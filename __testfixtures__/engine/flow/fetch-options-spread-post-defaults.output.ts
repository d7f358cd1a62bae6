// The verb and headers live in a defaults object that only this request spreads; the body is its own.
const tokenRequestDefaults = {
  method: 'GET',
  headers: { Metadata: 'true' },
  signal: AbortSignal.timeout(2500),
};

export async function tokenFor(resource: string): Promise<string> {
  const response = await fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&' + `resource=${encodeURIComponent(resource)}`, {
    ...tokenRequestDefaults,
  });
  return (await response.json()).access_token;
}
