// The one place the token endpoint is written down.
export default 'http://169.254.169.254/metadata/identity/oauth2/token';
