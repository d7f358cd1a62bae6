const axios = require('axios');

async function getToken(resource) {
  const config = { params: { resource }, headers: {}, timeout: 2000, proxy: false };
  config.headers['Metadata'] = 'true';
  const response = await axios.get('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01', config);
  return response.data.access_token;
}

module.exports = { getToken };
