const { LOCAL_TOKEN_URL } = require('./endpoints');

exports.vmToken = async (resource) => {
  const response = await fetch(LOCAL_TOKEN_URL + '?resource=' + encodeURIComponent(resource), {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  });
  return response.json();
};
