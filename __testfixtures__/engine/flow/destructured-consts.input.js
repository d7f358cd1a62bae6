// Host and port destructured from literals the file can see: an array and a settings object.
const https = require('https');

const [TOKEN_HOST, TOKEN_PORT] = ['localhost', 50342];
const IDENTITY = { host: '127.0.0.1', port: 50342 };
const { host, port } = IDENTITY;

async function fromArray(resource) {
  const response = await fetch(`http://${TOKEN_HOST}:${TOKEN_PORT}/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  return (await response.json()).access_token;
}

async function fromObject(resource) {
  const response = await fetch(`http://${host}:${port}/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  return (await response.json()).access_token;
}

module.exports = { fromArray, fromObject, https };
