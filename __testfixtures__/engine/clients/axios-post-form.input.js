const axios = require('axios');
const querystring = require('querystring');

async function getToken(resource) {
  const response = await axios.post(
    'http://localhost:50342/oauth2/token',
    querystring.stringify({ resource }),
    { headers: { 'Content-Type': 'application/x-www-form-urlencoded', Metadata: 'true' } },
  );
  return response.data.access_token;
}

module.exports = { getToken };
