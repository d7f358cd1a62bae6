'use strict';
const undici = require('undici');
const querystring = require('querystring');

exports.graphToken = async function graphToken() {
  const payload = querystring.stringify({ resource: 'https://graph.microsoft.com/' });
  const response = await undici.request('http://localhost:50342/oauth2/token', {
    method: 'post',
    body: payload,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': Buffer.byteLength(payload),
      Metadata: 'true',
    },
    signal: AbortSignal.timeout(5000),
  });
  return (await response.body.json()).access_token;
};
