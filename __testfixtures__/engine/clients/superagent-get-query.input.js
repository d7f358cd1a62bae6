import request from 'superagent';

export async function getToken(resource) {
  const response = await request.get('http://localhost:50342/oauth2/token').query({ resource });
  return response.body.access_token;
}
