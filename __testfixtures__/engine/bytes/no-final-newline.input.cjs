const http = require('http');
module.exports = (resource, cb) => http.get('http://localhost:50342/oauth2/token?resource=' + resource, { headers: { Metadata: 'true' } }, cb);