const got = require('got');
module.exports = got.extend({ prefixUrl: 'http://localhost:50342', headers: { Metadata: 'true' }, timeout: { request: 3000 } });
