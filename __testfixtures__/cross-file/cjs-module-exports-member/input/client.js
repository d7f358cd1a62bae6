const axios = require('axios');
const ep = require('./endpoints');

async function getToken(resource) {
  const { data } = await axios.get(ep.TOKEN_URL, {
    params: { resource },
    headers: { Metadata: 'true' },
    timeout: ep.TOKEN_TIMEOUT_MS,
  });
  return data.access_token;
}

module.exports = { getToken };
