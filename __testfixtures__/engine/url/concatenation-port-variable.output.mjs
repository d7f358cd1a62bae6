export async function getToken(resource) {
  const url = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + resource;
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
