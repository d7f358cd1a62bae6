const request = require('request');

function tokenFor(resource, port, callback) {
  if (!port) {
    port = 50342;
  }
  request.post(
    { url: 'http://localhost:' + port + '/oauth2/token', form: { resource: resource }, timeout: 2000 },
    function (err, res, body) {
      if (err) return callback(err);
      callback(null, JSON.parse(body).access_token);
    },
  );
}

module.exports = tokenFor;
