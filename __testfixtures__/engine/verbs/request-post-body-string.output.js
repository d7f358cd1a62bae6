const request = require('request');

function getToken(resource, callback) {
  request(
    {
      method: 'GET',
      uri: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&' + 'resource=' + encodeURIComponent(resource),
      headers: { Metadata: 'true' },
      proxy: false,
    },
    (error, response, body) => callback(error, body && JSON.parse(body).access_token),
  );
}

module.exports = { getToken };
