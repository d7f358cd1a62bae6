'use strict';
const undici = require('undici');
const querystring = require('querystring');

exports.graphToken = async function graphToken() {
  const payload = querystring.stringify({ resource: 'https://graph.microsoft.com/' });
  const response = await undici.request('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&' + payload, {
    method: 'GET',
    headers: {
      Metadata: 'true',
    },
    signal: AbortSignal.timeout(5000),
  });
  return (await response.body.json()).access_token;
};
