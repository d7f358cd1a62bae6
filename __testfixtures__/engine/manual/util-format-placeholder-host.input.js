// util.format fills the host and the port in: the template's `%s` is a placeholder, not another server, so the
// last net still sees the extension's pieces (a loopback host, port 50342, the token path).
const { format } = require('util');
const needle = require('needle');

const TOKEN_URL = format('http://%s:%d/oauth2/token', 'localhost', 50342);

module.exports = (resource) => needle('get', TOKEN_URL, { resource }, { headers: { Metadata: 'true' }, open_timeout: 3000 });
