'use strict';

const { MSI_TOKEN_URL } = require('./endpoints');

async function getToken(resource) {
  const response = await fetch(`${MSI_TOKEN_URL}?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status}`);
  const body = await response.json();
  return body.access_token;
}

module.exports = { getToken };
