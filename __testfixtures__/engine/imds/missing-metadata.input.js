// An IMDS request that forgot the Metadata header: IMDS answers it with 400.
const got = require('got');

exports.vaultToken = () =>
  got('http://169.254.169.254/metadata/identity/oauth2/token', {
    searchParams: { 'api-version': '2018-02-01', resource: 'https://vault.azure.net' },
    timeout: { request: 3000 },
  }).json();
