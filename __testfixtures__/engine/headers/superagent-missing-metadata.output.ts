import superagent from 'superagent';

export async function getToken(resource: string): Promise<string> {
  const response = await superagent.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01').set('Metadata', 'true').query({ resource }).timeout(3000);
  return response.body.access_token;
}
