// The host comes from the environment with no default, but the port 50342 and the token path are the
// extension's own signature: reported, never passed in silence.
const host = process.env.IDENTITY_AGENT_HOST;

exports.token = (resource) =>
  fetch('http://' + host + ':50342/oauth2/token?resource=' + encodeURIComponent(resource), {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(3000),
  }).then((response) => response.json());
