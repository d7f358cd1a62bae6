const axios = require('axios');
const msiUrl = require('./msiUrl');

async function graphToken(resource) {
  const { data } = await axios.get(msiUrl, { params: { resource }, headers: { Metadata: 'true' }, timeout: 4000 });
  return data.access_token;
}

module.exports = { graphToken };
