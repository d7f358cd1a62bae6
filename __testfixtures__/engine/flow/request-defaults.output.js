'use strict';
const request = require('request');

const msi = request.defaults({ headers: { Metadata: 'true' }, timeout: 3000, json: true });

exports.getToken = function getToken(resource, callback) {
  msi.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01', { proxy: false, qs: { resource: resource } }, function (err, res, body) {
    if (err) return callback(err);
    if (res.statusCode !== 200) return callback(new Error('MSI returned ' + res.statusCode));
    callback(null, body.access_token);
  });
};
