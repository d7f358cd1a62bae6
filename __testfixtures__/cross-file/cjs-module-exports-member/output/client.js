const axios = require('axios');
const ep = require('./endpoints');

async function getToken(resource) {
  const { data } = await axios.get(ep.TOKEN_URL + '?api-version=2018-02-01', {
    params: { resource },
    headers: { Metadata: 'true' },
    timeout: ep.TOKEN_TIMEOUT_MS,
    proxy: false,
  });
  return data.access_token;
}

module.exports = { getToken };
