// The same machine, spelt three other ways: the absolute name `localhost.`, ::1 written out, and 0.0.0.0 (a client's
// 0.0.0.0 connects to this machine).
const viaFqdn = (resource) =>
  fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource), { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });
const viaIpv6 = (resource) =>
  fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource), { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });
const viaAnyAddress = (resource) =>
  fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource), { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });

module.exports = { viaFqdn, viaIpv6, viaAnyAddress };
