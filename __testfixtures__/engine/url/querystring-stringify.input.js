const querystring = require('querystring');
const fetch = require('node-fetch');

async function getToken(resource) {
  const response = await fetch('http://localhost:50342/oauth2/token?' + querystring.stringify({ resource }), {
    headers: { Metadata: 'true' },
  });
  return (await response.json()).access_token;
}

module.exports = { getToken };
