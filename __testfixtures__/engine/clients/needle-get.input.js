const needle = require('needle');

async function getToken(resource) {
  const response = await needle('get', `http://localhost:50342/oauth2/token?resource=${resource}`, null, {
    headers: { Metadata: 'true' },
  });
  return response.body.access_token;
}

module.exports = { getToken };
