const axios = require('axios');
const { MSI_PORT, MSI_TOKEN_PATH } = require('./constants');

async function getToken(resource) {
  const res = await axios.get(`http://localhost:${MSI_PORT}${MSI_TOKEN_PATH}`, {
    params: { resource },
    headers: { Metadata: 'true' },
    timeout: 2000,
  });
  return res.data.access_token;
}

module.exports = { getToken };
