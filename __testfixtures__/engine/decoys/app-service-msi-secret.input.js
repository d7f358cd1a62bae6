const axios = require('axios');

async function appServiceToken(resource) {
  const { data } = await axios.get(`${process.env.MSI_ENDPOINT}?resource=${resource}&api-version=2017-09-01`, {
    headers: { secret: process.env.MSI_SECRET },
  });
  const other = await axios.get(`http://127.0.0.1:41741/MSI/token/?resource=${resource}&api-version=2017-09-01`, { headers: { secret: 'x' } });
  return data.access_token || other.data.access_token;
}

module.exports = { appServiceToken };
