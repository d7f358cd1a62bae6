// One URL for two callers: the VM code and Cloud Shell's own client.
exports.LOCAL_TOKEN_URL = 'http://localhost:50342/oauth2/token';
