const request = require('request');

const settings = { msi: { host: 'localhost' } };
settings.msi.port = process.env.MSI_PORT || 50342;

function getToken(resource, cb) {
  request.get(
    {
      url: `http://${settings.msi.host}:${settings.msi.port}/oauth2/token`,
      qs: { resource },
      headers: { Metadata: 'true' },
      timeout: 2000,
      json: true,
    },
    (err, res, body) => (err ? cb(err) : cb(null, body.access_token)),
  );
}

module.exports = { getToken };
