const http = require('http');
const { tokenRequestOptions } = require('./options');
module.exports = (resource) => new Promise((resolve, reject) => {
  const req = http.request(tokenRequestOptions(resource), (res) => {
    let b = '';
    res.on('data', (c) => (b += c));
    res.on('end', () => resolve(JSON.parse(b)));
  });
  req.on('error', reject);
  req.end();
});
