const request = require('request');

// connection.data comes from the job's stored connection settings.
function fetchToken(connection, resource, done) {
  const port = (connection.data && connection.data.msiPort) || '50342';
  const req = {};
  req.method = 'GET';
  req.uri = 'http://localhost:' + port + '/oauth2/token?resource=' + encodeURIComponent(resource);
  req.headers = { Metadata: true };
  req.timeout = 5000;
  req.json = true;
  request(req, (err, res, body) => {
    if (err) return done(err);
    done(null, body.access_token);
  });
}

module.exports = { fetchToken };
