// The Request's URL const is also written to the log: rewriting it would change what is logged, and the
// tool cannot tell whether that matters, so the request is left for review.
export async function tokenFor(resource: string): Promise<string> {
  const tokenUrl = `http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`;
  console.log('asking', tokenUrl);
  const response = await fetch(new Request(tokenUrl, { headers: { Metadata: 'true' } }));
  return (await response.json()).access_token;
}
