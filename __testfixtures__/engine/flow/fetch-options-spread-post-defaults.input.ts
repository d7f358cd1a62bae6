// The verb and headers live in a defaults object that only this request spreads; the body is its own.
const tokenRequestDefaults = {
  method: 'POST',
  headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
  signal: AbortSignal.timeout(2500),
};

export async function tokenFor(resource: string): Promise<string> {
  const response = await fetch('http://localhost:50342/oauth2/token', {
    ...tokenRequestDefaults,
    body: `resource=${encodeURIComponent(resource)}`,
  });
  return (await response.json()).access_token;
}
