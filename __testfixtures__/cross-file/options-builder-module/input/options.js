exports.tokenRequestOptions = function (resource) {
  return {
    hostname: 'localhost',
    port: 50342,
    path: '/oauth2/token?resource=' + encodeURIComponent(resource),
    method: 'GET',
    headers: { Metadata: 'true' },
    timeout: 3000,
  };
};
