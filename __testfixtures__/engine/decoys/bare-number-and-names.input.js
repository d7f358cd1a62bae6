// The old extension listened on localhost:50342; we no longer use it.
const config = { port: 50342, account: 'MSI@50342', mask: 0x50342 };
const useManagedIdentityExtension = false;
/* fetch('http://localhost:50342/oauth2/token?resource=x') */
module.exports = { config, useManagedIdentityExtension };
