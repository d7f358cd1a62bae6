const needle = require('needle');

function getToken(resource, callback) {
  needle.post('http://localhost:50342/oauth2/token', { resource }, { headers: { Metadata: 'true' } }, (error, response) => {
    callback(error, response && response.body.access_token);
  });
}

module.exports = { getToken };
