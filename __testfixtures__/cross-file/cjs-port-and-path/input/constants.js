exports.MSI_PORT = 50342;
exports.MSI_TOKEN_PATH = '/oauth2/token';
