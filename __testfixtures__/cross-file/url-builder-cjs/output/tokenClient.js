const axios = require('axios');
const { buildTokenUrl } = require('./tokenUrl');

const MAX_ATTEMPTS = 3;

async function getToken(resource, options) {
  let lastError;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    try {
      const res = await axios.get(buildTokenUrl(resource, options), { headers: { Metadata: 'true' }, timeout: 3000, proxy: false });
      return res.data.access_token;
    } catch (error) {
      lastError = error;
      const status = error.response && error.response.status;
      if (status && status < 500 && status !== 404 && status !== 410 && status !== 429) break;
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt));
    }
  }
  throw lastError;
}

module.exports = { getToken };
