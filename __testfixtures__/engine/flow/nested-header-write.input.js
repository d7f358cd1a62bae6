const axios = require('axios');

async function getToken(resource) {
  const config = { params: { resource }, headers: {}, timeout: 2000 };
  config.headers['Metadata'] = 'true';
  const response = await axios.get('http://localhost:50342/oauth2/token', config);
  return response.data.access_token;
}

module.exports = { getToken };
