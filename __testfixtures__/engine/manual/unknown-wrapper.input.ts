import { httpGet } from './http';

export async function getToken(resource: string): Promise<string> {
  const body = await httpGet('http://localhost:50342/oauth2/token?resource=' + resource, { Metadata: 'true' });
  return body.access_token;
}
