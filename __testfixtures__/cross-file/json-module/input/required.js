const axios = require('axios');
const config = require('./config.json');

async function getToken(resource) {
  const res = await axios.get(config.msi.tokenUrl, { params: { resource }, headers: { Metadata: 'true' }, timeout: 3000 });
  return res.data.access_token;
}
module.exports = { getToken };
