const http = require('http');

function getToken(resource, callback) {
  const body = 'resource=' + encodeURIComponent(resource);
  const req = http.request({ hostname: '169.254.169.254', path: '/metadata/identity/oauth2/token?api-version=2018-02-01&' + body, method: 'GET', headers: { Metadata: 'true' } }, (res) => {
    let raw = '';
    res.on('data', (chunk) => (raw += chunk));
    res.on('end', () => callback(null, JSON.parse(raw).access_token));
  });
  req.end();
}

module.exports = { getToken };
