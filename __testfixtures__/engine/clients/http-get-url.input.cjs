const http = require('http');

function getToken(resource) {
  return new Promise((resolve, reject) => {
    http
      .get('http://localhost:50342/oauth2/token?resource=' + resource, (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw).access_token));
      })
      .on('error', reject);
  });
}

module.exports = { getToken };
