const request = require('request');

function getToken(resource, callback) {
  request.get(
    {
      url: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01',
      qs: { resource },
      headers: { Metadata: 'true' },
      json: true,
      proxy: false,
    },
    (error, response, body) => callback(error, body && body.access_token),
  );
}

module.exports = { getToken };
