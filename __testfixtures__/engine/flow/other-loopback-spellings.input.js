// The same machine, spelt three other ways: the absolute name `localhost.`, ::1 written out, and 0.0.0.0 (a client's
// 0.0.0.0 connects to this machine).
const viaFqdn = (resource) =>
  fetch('http://localhost.:50342/oauth2/token?resource=' + encodeURIComponent(resource), { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });
const viaIpv6 = (resource) =>
  fetch('http://[0:0:0:0:0:0:0:1]:50342/oauth2/token?resource=' + encodeURIComponent(resource), { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });
const viaAnyAddress = (resource) =>
  fetch('http://0.0.0.0:50342/oauth2/token?resource=' + encodeURIComponent(resource), { headers: { Metadata: 'true' }, signal: AbortSignal.timeout(3000) });

module.exports = { viaFqdn, viaIpv6, viaAnyAddress };
