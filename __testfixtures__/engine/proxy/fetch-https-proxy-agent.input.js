// node-fetch through an explicit proxy agent: the migrated request would still go to the proxy, which IMDS
// rejects, so the tool reports it instead of rewriting.
const fetch = require('node-fetch');
const { HttpsProxyAgent } = require('https-proxy-agent');

const agent = new HttpsProxyAgent(process.env.HTTPS_PROXY || 'http://proxy.corp.example:3128');

async function getToken(resource) {
  const response = await fetch(`http://localhost:50342/oauth2/token?resource=${encodeURIComponent(resource)}`, {
    agent,
    headers: { Metadata: 'true' },
    timeout: 3000,
  });
  return (await response.json()).access_token;
}

module.exports = { getToken };
