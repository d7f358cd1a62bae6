const msiClient = require('./msiClient');
exports.getToken = async (resource) => (await msiClient.get('/oauth2/token', { params: { resource } })).data;
