export async function tokenFor(resource) {
  const response = await fetch(
    new Request('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource), {
      headers: new Headers({ Metadata: 'true' }),
      signal: AbortSignal.timeout(2500),
    }),
  );
  return (await response.json()).access_token;
}
