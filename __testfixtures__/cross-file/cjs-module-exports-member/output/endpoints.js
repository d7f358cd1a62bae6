module.exports = {
  TOKEN_URL: 'http://169.254.169.254/metadata/identity/oauth2/token',
  TOKEN_TIMEOUT_MS: 2500,
};
