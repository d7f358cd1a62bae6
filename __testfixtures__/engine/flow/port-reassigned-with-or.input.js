const axios = require('axios');

async function tokenFor(resource, port) {
  port = port || 50342;
  const res = await axios.get(`http://localhost:${port}/oauth2/token`, { params: { resource }, timeout: 2000 });
  return res.data.access_token;
}

module.exports = { tokenFor };
