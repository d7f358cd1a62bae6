const rp = require('request-promise-native');

async function getToken(resource) {
  const body = await rp({
    uri: 'http://localhost:50342/oauth2/token',
    qs: { resource },
    headers: { Metadata: true },
    json: true,
  });
  return body.access_token;
}

module.exports = { getToken };
