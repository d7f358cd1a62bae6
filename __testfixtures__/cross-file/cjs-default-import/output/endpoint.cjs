module.exports = {
  url: 'http://169.254.169.254/metadata/identity/oauth2/token',
};
