const axios = require('axios');
module.exports = axios.create({
  baseURL: 'http://localhost:50342',
  headers: { Metadata: 'true' },
  timeout: 3000,
});
