export async function tokenFor(resource) {
  const response = await fetch(
    new Request('http://localhost:50342/oauth2/token?resource=' + encodeURIComponent(resource), {
      headers: new Headers({ Metadata: 'true' }),
      signal: AbortSignal.timeout(2500),
    }),
  );
  return (await response.json()).access_token;
}
