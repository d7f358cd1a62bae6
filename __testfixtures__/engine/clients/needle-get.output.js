const needle = require('needle');

async function getToken(resource) {
  const response = await needle('get', `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}`, null, {
    headers: { Metadata: 'true' },
    use_proxy_from_env_var: false,
  });
  return response.body.access_token;
}

module.exports = { getToken };
