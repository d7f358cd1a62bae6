import superagent from 'superagent';

export async function getToken(resource: string): Promise<string> {
  const response = await superagent.get('http://localhost:50342/oauth2/token').query({ resource }).timeout(3000);
  return response.body.access_token;
}
