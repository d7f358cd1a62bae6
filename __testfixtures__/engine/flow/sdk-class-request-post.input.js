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
    const endpoint = `http://localhost:${this.port}/oauth2/token`;
    const reqOptions = this.prepareRequestOptions();
    request.post(endpoint, reqOptions, (err, response, body) => {
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
      body: '',
    };
    reqOptions.headers['Content-Type'] = 'application/x-www-form-urlencoded; charset=utf-8';
    reqOptions.headers['Metadata'] = 'true';
    reqOptions.body = 'resource=' + encodeURIComponent(this.resource);
    return reqOptions;
  }
}

module.exports = VmIdentityCredentials;
