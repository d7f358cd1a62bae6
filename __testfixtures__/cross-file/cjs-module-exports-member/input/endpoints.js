module.exports = {
  TOKEN_URL: 'http://localhost:50342/oauth2/token',
  TOKEN_TIMEOUT_MS: 2500,
};
