export async function getToken(resource: string): Promise<string> {
  const response = await fetch(`http://localhost:50342/oauth2/token?resource=${resource}`);
  return (await response.json()).access_token;
}
