const rp = require('request-promise-native');

async function getToken(resource) {
  const body = await rp({
    uri: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01',
    qs: { resource },
    headers: { Metadata: true },
    json: true,
    proxy: false,
  });
  return body.access_token;
}

module.exports = { getToken };
