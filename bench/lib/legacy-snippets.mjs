// Calls to the retired VM extension (http://localhost:50342/oauth2/token) in several client styles.
// Each one is a finding the engine must report; the manifest records which file holds which style.

const ann = (dialect, type) => (dialect.typed ? `: ${type}` : '');
const exported = (dialect) => (dialect.commonjs ? '' : 'export ');

/** Legacy token requests by client style. */
export const LEGACY_SNIPPETS = {
  'fetch-post-form': (
    dialect,
  ) => `${exported(dialect)}async function getManagedIdentityToken(resource${ann(dialect, 'string')})${ann(dialect, 'Promise<string>')} {
  const response = await fetch('http://localhost:50342/oauth2/token', {
    method: 'POST',
    headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: \`resource=\${encodeURIComponent(resource)}\`,
  });
  const body = await response.json();
  return body.access_token;
}
`,
  'axios-get-params': (dialect) => `${exported(dialect)}async function acquireVmToken(resource${ann(dialect, 'string')}) {
  const { data } = await axios.get('http://localhost:50342/oauth2/token', {
    params: { resource },
    headers: { Metadata: 'true' },
  });
  return data.access_token;
}
`,
  'http-request-options': (
    dialect,
  ) => `${exported(dialect)}function requestMsiToken(resource${ann(dialect, 'string')})${ann(dialect, 'Promise<string>')} {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: 'localhost', port: 50342, path: '/oauth2/token?resource=' + encodeURIComponent(resource), method: 'GET', headers: { Metadata: 'true' } },
      (res) => {
        let raw = '';
        res.on('data', (chunk) => (raw += chunk));
        res.on('end', () => resolve(JSON.parse(raw).access_token));
      },
    );
    request.on('error', reject);
    request.end();
  });
}
`,
  'template-port-const': (dialect) => `const MSI_PORT = 50342;

${exported(dialect)}async function tokenFor(resource${ann(dialect, 'string')}) {
  const url = \`http://localhost:\${MSI_PORT}/oauth2/token?resource=\${encodeURIComponent(resource)}\`;
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
`,
  'request-form': (
    dialect,
  ) => `${exported(dialect)}function legacyToken(resource${ann(dialect, 'string')}, callback${ann(dialect, '(error: Error | null, token?: string) => void')}) {
  request.post(
    { url: 'http://127.0.0.1:50342/oauth2/token', form: { resource }, headers: { Metadata: true }, json: true },
    (error, _response, body) => callback(error, body && body.access_token),
  );
}
`,
};

export const LEGACY_STYLES = Object.keys(LEGACY_SNIPPETS);
