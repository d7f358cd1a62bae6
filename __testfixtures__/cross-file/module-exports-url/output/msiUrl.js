// CommonJS module whose whole value is the extension's token URL.
module.exports = 'http://169.254.169.254/metadata/identity/oauth2/token';
