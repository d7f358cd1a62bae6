const IDENTITY_ENDPOINT = 'http://localhost:50342/oauth2/token';

exports.buildTokenUrl = function buildTokenUrl(resource, options) {
  let url = IDENTITY_ENDPOINT + '?resource=' + encodeURIComponent(resource);
  if (options && options.clientId) {
    url += '&client_id=' + encodeURIComponent(options.clientId);
  } else if (options && options.objectId) {
    url += '&object_id=' + encodeURIComponent(options.objectId);
  }
  return url;
};
