const http = require('http');

function getToken(resource, callback) {
  const body = 'resource=' + encodeURIComponent(resource);
  const req = http.request({ hostname: 'localhost', port: 50342, path: '/oauth2/token', method: 'POST', headers: { Metadata: 'true' } }, (res) => {
    let raw = '';
    res.on('data', (chunk) => (raw += chunk));
    res.on('end', () => callback(null, JSON.parse(raw).access_token));
  });
  req.write(body);
  req.end();
}

module.exports = { getToken };
