import axios from 'axios';

const http = axios.create({ timeout: 4000, headers: { Metadata: 'true' } });

export async function managementToken(): Promise<string> {
  const response = await http.get('http://localhost:50342/oauth2/token', {
    params: { resource: 'https://management.azure.com/' },
  });
  return response.data.access_token;
}
