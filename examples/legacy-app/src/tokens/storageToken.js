'use strict';
const request = require('request');

/** Token for Azure Storage; callback style, as in the 2018 upload worker. */
function getStorageToken(callback) {
  request.post(
    {
      url: 'http://localhost:50342/oauth2/token',
      form: { resource: 'https://storage.azure.com/' },
      headers: { Metadata: 'true' },
      json: true,
      timeout: 5000,
    },
    (error, response, body) => {
      if (error) return callback(error);
      if (response.statusCode !== 200) return callback(new Error('token request failed: ' + response.statusCode));
      callback(null, body.access_token);
    },
  );
}

module.exports = { getStorageToken };
