// The host is configurable (MSI_HOST) and falls back to localhost; the port and the token path are written
// out. The tool rewrites hosts written in the URL, so this one is reported with the IMDS request to send.
const axios = require('axios');

const MSI_HOST = process.env.MSI_HOST || 'localhost';

async function vmToken(resource) {
  const { data } = await axios.get(`http://${MSI_HOST}:50342/oauth2/token`, {
    params: { resource },
    headers: { Metadata: 'true' },
    timeout: 5000,
  });
  return data.access_token;
}

module.exports = { vmToken };
