import axios from 'axios';

export async function clientCredentials(tenant: string, clientId: string, secret: string) {
  await axios.post(`https://login.microsoftonline.com/${tenant}/oauth2/token`, new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }));
  // A local OAuth dev server on another port, without a Metadata header.
  return axios.post('http://localhost:8080/oauth2/token', 'grant_type=password&username=dev&password=dev');
}
