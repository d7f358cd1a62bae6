export async function getToken(resource: string) {
  const response = await fetch(`http://localhost:50342/oauth2/token?resource=${resource}`, {
    cache: 'no-store',
  });
  return response.json();
}
