import axios from 'axios';

const http = axios.create({ timeout: 4000, headers: { Metadata: 'true' } });

export async function managementToken(): Promise<string> {
  const response = await http.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01', {
    params: { resource: 'https://management.azure.com/' },
    proxy: false,
  });
  return response.data.access_token;
}
