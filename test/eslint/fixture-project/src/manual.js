const { requestToken } = require('./tokenClient');

// The URL goes to code the tool cannot follow, so a person has to migrate it.
const legacyTokenUrl = 'http://localhost:50342/oauth2/token';
module.exports.vaultToken = () => requestToken(legacyTokenUrl, 'https://vault.azure.net');
