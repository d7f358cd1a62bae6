module.exports = {
  url: 'http://localhost:50342/oauth2/token',
};
