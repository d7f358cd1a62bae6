const http = require('node:http');
const { IDENTITY_ENDPOINT } = require('./identity');

// Asks the endpoint with the settings spread into the request options.
function legacyToken(resource) {
  return new Promise((resolve, reject) => {
    const options = { ...IDENTITY_ENDPOINT, path: `/oauth2/token?resource=${encodeURIComponent(resource)}`, headers: { Metadata: 'true' } };
    http.get(options, (response) => resolve(response)).on('error', reject);
  });
}

module.exports = { legacyToken };
