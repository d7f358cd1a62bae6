const client = require('./gotClient');
exports.token = (resource) => client.get('oauth2/token', { searchParams: { resource } }).json();
