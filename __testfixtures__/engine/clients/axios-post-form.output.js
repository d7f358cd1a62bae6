const axios = require('axios');
const querystring = require('querystring');

async function getToken(resource) {
  const response = await axios.get(
    'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&' + querystring.stringify({ resource }),
    { headers: { Metadata: 'true' }, proxy: false },
  );
  return response.data.access_token;
}

module.exports = { getToken };
