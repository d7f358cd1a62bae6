// An SDK-style credential that calls IMDS unless an option names another endpoint: the request goes to IMDS by
// default, so it gets IMDS's advisories (no timeout here).
const request = require('request');

class VmIdentityCredential {
  constructor(options = {}) {
    if (!options.endpoint) {
      options.endpoint = 'http://169.254.169.254/metadata/identity/oauth2/token';
    }
    this.endpoint = options.endpoint;
    this.resource = options.resource || 'https://management.azure.com/';
  }

  getToken(callback) {
    request.get(
      { url: this.endpoint, qs: { 'api-version': '2018-02-01', resource: this.resource }, headers: { Metadata: 'true' }, json: true, proxy: false },
      (error, response, body) => callback(error, body),
    );
  }
}

module.exports = VmIdentityCredential;
