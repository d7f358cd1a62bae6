'use strict';
const request = require('request');

const msi = request.defaults({ headers: { Metadata: 'true' }, timeout: 3000, json: true });

exports.getToken = function getToken(resource, callback) {
  msi.post('http://localhost:50342/oauth2/token', { form: { resource: resource } }, function (err, res, body) {
    if (err) return callback(err);
    if (res.statusCode !== 200) return callback(new Error('MSI returned ' + res.statusCode));
    callback(null, body.access_token);
  });
};
