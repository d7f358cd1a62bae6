// Host and port destructured from literals the file can see: an array and a settings object.
const https = require('https');

const [TOKEN_HOST, TOKEN_PORT] = ['169.254.169.254', 50342];
const IDENTITY = { host: '169.254.169.254', port: 50342 };
const { host, port } = IDENTITY;

async function fromArray(resource) {
  const response = await fetch(`http://${TOKEN_HOST}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  return (await response.json()).access_token;
}

async function fromObject(resource) {
  const response = await fetch(`http://${host}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  return (await response.json()).access_token;
}

module.exports = { fromArray, fromObject, https };
