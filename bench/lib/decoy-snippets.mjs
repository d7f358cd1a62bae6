// Code that looks like the legacy endpoint but is not (DESIGN.md section 2, "Never rewrite"). The
// engine's prefilter lets most of these through to the parser, which must then report nothing.

const ann = (dialect, type) => (dialect.typed ? `: ${type}` : '');
const exported = (dialect) => (dialect.commonjs ? '' : 'export ');

/** Decoys by kind. */
export const DECOY_SNIPPETS = {
  'number-50342': (dialect) => `// The metrics sidecar listens on a fixed port; unrelated to identity.
${exported(dialect)}const METRICS_SIDECAR = { host: 'metrics.internal.example.com', port: 50342, accountId: 'MSI@50342', mask: 0x50342 };
`,
  'aad-login': (
    dialect,
  ) => `${exported(dialect)}async function clientCredentialsToken(tenantId${ann(dialect, 'string')}, clientId${ann(dialect, 'string')}, clientSecret${ann(dialect, 'string')}) {
  const response = await fetch(\`https://login.microsoftonline.com/\${tenantId}/oauth2/token\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, resource: 'https://management.azure.com/' }),
  });
  return (await response.json()).access_token;
}
`,
  'cloud-shell': (dialect) => `// Azure Cloud Shell exposes its token endpoint through MSI_ENDPOINT (without MSI_SECRET).
${exported(dialect)}async function cloudShellToken(resource${ann(dialect, 'string')}) {
  const endpoint = process.env.MSI_ENDPOINT;
  if (!endpoint || process.env.MSI_SECRET) throw new Error('not running in Cloud Shell');
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'resource=' + encodeURIComponent(resource),
  });
  return (await response.json()).access_token;
}
`,
  'comment-only': () => `// History: tokens used to come from http://localhost:50342/oauth2/token (the VM extension);
// this module now calls IMDS through @azure/identity.
`,
  'arc-endpoint': (
    dialect,
  ) => `${exported(dialect)}const ARC_TOKEN_URL = 'http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01';
${exported(dialect)}async function arcChallenge(resource${ann(dialect, 'string')}) {
  return fetch(\`\${ARC_TOKEN_URL}&resource=\${encodeURIComponent(resource)}\`, { headers: { Metadata: 'true' } });
}
`,
  'imds-already': (dialect) => `${exported(dialect)}async function imdsToken(resource${ann(dialect, 'string')}) {
  const url = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=' + encodeURIComponent(resource);
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
`,
  'local-oauth-server': (
    dialect,
  ) => `${exported(dialect)}async function devLogin(username${ann(dialect, 'string')}, password${ann(dialect, 'string')}) {
  const response = await fetch('http://localhost:8080/oauth2/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', username, password, client_id: 'dev-app', client_secret: 'dev-secret' }),
  });
  return response.json();
}
`,
};

export const DECOY_KINDS = Object.keys(DECOY_SNIPPETS);
