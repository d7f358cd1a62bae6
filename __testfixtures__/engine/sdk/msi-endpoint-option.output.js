const msRestAzure = require('ms-rest-azure');

async function login() {
  return msRestAzure.loginWithVmMSI({
    resource: 'https://management.azure.com/',
  });
}

module.exports = { login };
