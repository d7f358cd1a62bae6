export async function getToken(resource) {
  const response = await fetch(`http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
  });
  return (await response.json()).access_token;
}
