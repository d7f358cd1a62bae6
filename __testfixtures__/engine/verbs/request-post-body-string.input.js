const request = require('request');

function getToken(resource, callback) {
  request(
    {
      method: 'POST',
      uri: 'http://localhost:50342/oauth2/token',
      body: 'resource=' + encodeURIComponent(resource),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Metadata: 'true' },
    },
    (error, response, body) => callback(error, body && JSON.parse(body).access_token),
  );
}

module.exports = { getToken };
