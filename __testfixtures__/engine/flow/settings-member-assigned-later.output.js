const request = require('request');

const settings = { msi: { host: '169.254.169.254' } };
settings.msi.port = process.env.MSI_PORT || 50342;

function getToken(resource, cb) {
  request.get(
    {
      url: `http://${settings.msi.host}/metadata/identity/oauth2/token?api-version=2018-02-01`,
      qs: { resource },
      headers: { Metadata: 'true' },
      timeout: 2000,
      json: true,
      proxy: false,
    },
    (err, res, body) => (err ? cb(err) : cb(null, body.access_token)),
  );
}

module.exports = { getToken };
