// http.get options on the extension's host and port with its Metadata header, the path put together by
// path.posix.join: the tool cannot read the path, yet this is the extension's token request.
const path = require('path');
const http = require('http');

const IDENTITY_PORT = 50342;

module.exports = function identityToken(resource, callback) {
  return http.get(
    {
      hostname: '127.0.0.1',
      port: IDENTITY_PORT,
      path: path.posix.join('/oauth2', 'token') + '?resource=' + encodeURIComponent(resource),
      headers: { Metadata: 'true' },
      timeout: 3000,
    },
    callback,
  );
};
