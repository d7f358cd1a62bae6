// The file speaks of Cloud Shell, but nothing says on which side this request runs (its name says "outside",
// which a name check cannot trust): reported, never rewritten, never passed as Cloud Shell's own.
const axios = require('axios');

// Outside Cloud Shell we are on a VM with the identity extension.
async function tokenOutsideCloudShell(resource) {
  const response = await axios.get('http://localhost:50342/oauth2/token', { params: { resource }, headers: { Metadata: 'true' }, timeout: 3000 });
  return response.data.access_token;
}

module.exports = { tokenOutsideCloudShell };
