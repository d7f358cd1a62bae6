// http.get options with the host and the port on one line: the port goes, and no trailing space stays.
const http = require('http');
const keepAlive = new http.Agent({ keepAlive: true });

module.exports = (resource, done) =>
  http.get(
    {
      host: 'localhost', port: 50342,
      path: '/oauth2/token?resource=' + encodeURIComponent(resource),
      headers: { Metadata: 'true' }, agent: keepAlive, timeout: 3000,
    },
    (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => done(null, JSON.parse(text).access_token));
    },
  );
