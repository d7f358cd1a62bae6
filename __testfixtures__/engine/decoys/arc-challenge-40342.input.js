const fs = require('node:fs');
const axios = require('axios');

const ARC_TOKEN_URL = 'http://localhost:40342/metadata/identity/oauth2/token';

// Azure Arc answers the first call with 401 and the path of a key file to prove local access.
async function arcToken(resource) {
  const params = { resource, 'api-version': '2020-06-01' };
  const first = await axios.get(ARC_TOKEN_URL, { params, headers: { Metadata: 'true' }, validateStatus: () => true });
  const challenge = first.headers['www-authenticate'] || '';
  const keyPath = challenge.split('Basic realm=')[1];
  const key = fs.readFileSync(keyPath, 'utf8');
  const second = await axios.get(ARC_TOKEN_URL, { params, headers: { Metadata: 'true', Authorization: `Basic ${key}` } });
  return second.data.access_token;
}

module.exports = { arcToken };
