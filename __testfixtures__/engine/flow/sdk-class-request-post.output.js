'use strict';

const request = require('request');
const TokenCredentialsBase = require('./tokenCredentialsBase');

/**
 * Credentials for a virtual machine with a managed identity: asks the identity endpoint on the VM for a token.
 */
class VmIdentityCredentials extends TokenCredentialsBase {
  constructor(options) {
    if (!options) {
      options = {};
    }
    super(options);
    if (!options.port) {
      options.port = 50342;
    } else if (typeof options.port !== 'number') {
      throw new Error('options.port must be a number.');
    }
    this.port = options.port;
    this.resource = options.resource || 'https://management.azure.com/';
  }

  getToken(callback) {
    const endpoint = `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(this.resource)}`;
    const reqOptions = this.prepareRequestOptions();
    request.get(endpoint, reqOptions, (err, response, body) => {
      if (err) {
        return callback(err);
      }
      try {
        const tokenResponse = JSON.parse(body);
        if (!tokenResponse.token_type) {
          return callback(new Error('Invalid token response: ' + body));
        }
        return callback(null, tokenResponse);
      } catch (parseError) {
        return callback(parseError);
      }
    });
  }

  prepareRequestOptions() {
    const reqOptions = {
      headers: {},
      proxy: false,
    };
    reqOptions.headers['Metadata'] = 'true';
    return reqOptions;
  }
}

module.exports = VmIdentityCredentials;
