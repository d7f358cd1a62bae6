const { IDENTITY_ENDPOINT } = require('./identity');

async function token(resource) {
  const base = `http://${IDENTITY_ENDPOINT.host}:${IDENTITY_ENDPOINT.port}`;
  const response = await fetch(`${base}/oauth2/token?resource=${resource}`, { headers: { Metadata: 'true' } });
  return response.json();
}

module.exports = { token };
