import request from 'superagent';

export async function getToken(resource) {
  const response = await request.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01').set('Metadata', 'true').query({ resource });
  return response.body.access_token;
}
