const request = require('request-promise-native');

async function getToken(resource) {
  const body = await request.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + resource, {
    headers: { Metadata: 'true' },
    timeout: 5000,
    json: true,
    proxy: false,
  });
  return body.access_token;
}

module.exports = { getToken };
