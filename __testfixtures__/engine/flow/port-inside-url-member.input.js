// The port parameter is folded into a URL kept on the instance: once the rewrite drops the port, it is the
// constructor's parameter that is dead, not the URL member the request still reads.
const fetch = require('node-fetch');

class VmTokenSource {
  constructor(port) {
    this.tokenUrl = 'http://localhost:' + (port || 50342) + '/oauth2/token';
  }

  async token(resource) {
    const response = await fetch(this.tokenUrl + '?resource=' + encodeURIComponent(resource), {
      headers: { Metadata: 'true' },
      timeout: 3000,
    });
    return (await response.json()).access_token;
  }
}

module.exports = VmTokenSource;
