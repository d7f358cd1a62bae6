// Where the VM's identity endpoint listens.
exports.IDENTITY_ENDPOINT = { host: 'localhost', port: 50342 };
