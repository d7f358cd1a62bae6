// CommonJS module whose whole value is the extension's token URL.
module.exports = 'http://127.0.0.1:50342/oauth2/token';
