const axios = require('axios');

async function tokenFor(resource, port) {
  port = port || 50342;
  const res = await axios.get(`http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01`, { params: { resource }, timeout: 2000, headers: { Metadata: 'true' }, proxy: false });
  return res.data.access_token;
}

module.exports = { tokenFor };
