import superagent from 'superagent';

export async function getToken(resource: string): Promise<string> {
  const response = await superagent
    .post('http://localhost:50342/oauth2/token')
    .type('form')
    .send({ resource })
    .set('Metadata', 'true');
  return response.body.access_token;
}
