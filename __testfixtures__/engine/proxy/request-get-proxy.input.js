const request = require('request-promise-native');

async function getToken(resource) {
  const body = await request.get('http://localhost:50342/oauth2/token?resource=' + resource, {
    headers: { Metadata: 'true' },
    timeout: 5000,
    json: true,
  });
  return body.access_token;
}

module.exports = { getToken };
