// The one place the token endpoint is written down.
export default 'http://localhost:50342/oauth2/token';
