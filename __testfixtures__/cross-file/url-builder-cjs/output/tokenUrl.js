const IDENTITY_ENDPOINT = 'http://169.254.169.254/metadata/identity/oauth2/token';

exports.buildTokenUrl = function buildTokenUrl(resource, options) {
  let url = IDENTITY_ENDPOINT + '?api-version=2018-02-01&resource=' + encodeURIComponent(resource);
  if (options && options.clientId) {
    url += '&client_id=' + encodeURIComponent(options.clientId);
  } else if (options && options.objectId) {
    url += '&object_id=' + encodeURIComponent(options.objectId);
  }
  return url;
};
