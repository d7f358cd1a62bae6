const needle = require('needle');

function getToken(resource, callback) {
  needle.request('get', 'http://169.254.169.254/metadata/identity/oauth2/token', { resource, 'api-version': '2018-02-01' }, { headers: { Metadata: 'true' }, use_proxy_from_env_var: false }, (error, response) => {
    callback(error, response && response.body.access_token);
  });
}

module.exports = { getToken };
