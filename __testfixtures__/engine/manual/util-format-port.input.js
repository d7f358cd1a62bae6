// The token URL is a util.format template: the tool does not evaluate format strings, and rewriting the
// literal alone would leave util.format an argument it no longer uses (it appends it to the URL).
const util = require('util');
const axios = require('axios');

async function identityToken(resource, port) {
  const url = util.format('http://localhost:%d/oauth2/token?resource=%s', port || 50342, encodeURIComponent(resource));
  const response = await axios.get(url, { headers: { Metadata: 'true' }, timeout: 3000 });
  return response.data.access_token;
}

module.exports = { identityToken };
