const request = require('request');

function getToken(resource, callback) {
  request.post(
    {
      url: 'http://localhost:50342/oauth2/token',
      form: { resource },
      headers: { Metadata: 'true' },
      json: true,
    },
    (error, response, body) => callback(error, body && body.access_token),
  );
}

module.exports = { getToken };
