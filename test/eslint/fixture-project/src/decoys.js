// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// The VM extension used to answer on http://localhost:50342/oauth2/token; this file no longer calls it.
export const arcEndpoint = 'http://localhost:40342/metadata/identity/oauth2/token';
export const aadEndpoint = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token';
export const imdsEndpoint = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01';
export const cloudShellEndpoint = process.env.MSI_ENDPOINT;
export const accountId = 'MSI@50342';
