const querystring = require('querystring');
const fetch = require('node-fetch');

async function getToken(resource) {
  const response = await fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&' + querystring.stringify({ resource }), {
    headers: { Metadata: 'true' },
  });
  return (await response.json()).access_token;
}

module.exports = { getToken };
