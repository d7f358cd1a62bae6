const port = process.env.MSI_PORT || 50342;

export async function getToken(resource) {
  const url = 'http://localhost:' + port + '/oauth2/token?resource=' + resource;
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
