// A credential class whose host and port come from its options, defaulting to the extension's.
const request = require('request');

class VmIdentity {
  constructor(options = {}) {
    this.host = options.host || 'localhost';
    this.port = options.port || 50342;
  }

  token(resource, callback) {
    request.get(
      { url: `http://${this.host}:${this.port}/oauth2/token`, qs: { resource }, headers: { Metadata: 'true' }, json: true, timeout: 2000 },
      (error, response, body) => callback(error, body && body.access_token),
    );
  }
}

module.exports = VmIdentity;
