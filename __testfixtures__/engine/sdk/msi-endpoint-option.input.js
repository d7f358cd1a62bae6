const msRestAzure = require('ms-rest-azure');

async function login() {
  return msRestAzure.loginWithVmMSI({
    resource: 'https://management.azure.com/',
    msiEndpoint: 'http://localhost:50342/oauth2/token',
  });
}

module.exports = { login };
