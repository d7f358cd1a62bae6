const axios = require('axios');
const msiUrl = require('./msiUrl') + '?api-version=2018-02-01';

async function graphToken(resource) {
  const { data } = await axios.get(msiUrl, { params: { resource }, headers: { Metadata: 'true' }, timeout: 4000, proxy: false });
  return data.access_token;
}

module.exports = { graphToken };
