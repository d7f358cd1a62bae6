const msRestAzure = require('ms-rest-azure');

async function credentials() {
  return msRestAzure.loginWithVmMSI({ resource: 'https://management.azure.com/' });
}

module.exports = { credentials };
