const request = require('request');

// connection.data comes from the job's stored connection settings.
function fetchToken(connection, resource, done) {
  const req = { proxy: false };
  req.method = 'GET';
  req.uri = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource);
  req.headers = { Metadata: true };
  req.timeout = 5000;
  req.json = true;
  request(req, (err, res, body) => {
    if (err) return done(err);
    done(null, body.access_token);
  });
}

module.exports = { fetchToken };
