const http = require('http');

function getToken(resource) {
  return new Promise((resolve, reject) => {
    http
      .get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + resource, { headers: { Metadata: 'true' } }, (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw).access_token));
      })
      .on('error', reject);
  });
}

module.exports = { getToken };
