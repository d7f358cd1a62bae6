const request = require('request');

function tokenFor(resource, port, callback) {
  if (!port) {
    port = 50342;
  }
  request.get(
    { url: 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01', qs: { resource: resource }, timeout: 2000, headers: { Metadata: 'true' }, proxy: false },
    function (err, res, body) {
      if (err) return callback(err);
      callback(null, JSON.parse(body).access_token);
    },
  );
}

module.exports = tokenFor;
