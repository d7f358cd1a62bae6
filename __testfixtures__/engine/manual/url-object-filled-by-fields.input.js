// A WHATWG URL started from the bare host, then given its port and path field by field.
const axios = require('axios');

async function identityToken(resource) {
  const tokenUrl = new URL('http://localhost');
  tokenUrl.port = '50342';
  tokenUrl.pathname = '/oauth2/token';
  tokenUrl.searchParams.set('resource', resource);
  const response = await axios.get(tokenUrl.toString(), { headers: { Metadata: 'true' }, timeout: 3000 });
  return response.data.access_token;
}

module.exports = { identityToken };
