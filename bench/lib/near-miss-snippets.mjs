// Ordinary code that holds a piece of what the text scan looks for, as real code does: words such as
// `Identifier` and `Endpoint`, a token URL of another server, the old URL in a comment, a name that only
// contains the extension's type. The candidate-dense tree (density 'dense') plants these in 2.3% of its
// files, so that 3% of them get past the scan's first, cheapest step. Some are ruled out by the raw text,
// some only after the comment lexer, and the last kind is parsed (the engine finds nothing in it).

const ann = (dialect, type) => (dialect.typed ? `: ${type}` : '');
const exported = (dialect) => (dialect.commonjs ? '' : 'export ');

/** Near misses by kind, in the order the scan rules them out (see docs/bench.md). */
export const NEAR_MISS_SNIPPETS = {
  /** Ruled out by the marker check on the raw bytes: the pieces `Identi`, `Endpo`, `MSI` alone. */
  'pieces-only': (
    dialect,
  ) => `${exported(dialect)}function describeEndpoint(serviceIdentifier${ann(dialect, 'string')}, region${ann(dialect, 'string')}) {
  const EndpointKinds = ['public', 'private', 'MSIX-package'];
  return { Identifier: serviceIdentifier, Endpoint: \`https://\${region}.api.example.com\`, kinds: EndpointKinds };
}
`,
  /** Ruled out by the lexer: the old URL in a comment, in a file that names a loopback host in code. */
  'url-in-comment': (dialect) => `/**
 * Tokens no longer come from the VM extension (http://localhost:50342/oauth2/token); the dev proxy
 * below is unrelated and only serves the local UI.
 */
${exported(dialect)}const DEV_PROXY = { target: 'http://localhost:5173', changeOrigin: true };
`,
  /** Ruled out after the lexer: an Entra ID token URL beside a loopback dev host. */
  'entra-token-url': (dialect) => `${exported(dialect)}function tokenEndpointFor(tenant${ann(dialect, 'string')}) {
  return \`https://login.microsoftonline.com/\${tenant}/oauth2/token\`;
}
${exported(dialect)}const LOCAL_API = 'http://127.0.0.1:3000/api';
`,
  /** Ruled out after the lexer: a local OAuth server on another port, with no Metadata header anywhere. */
  'dev-oauth-port': (dialect) => `${exported(dialect)}async function devToken(code${ann(dialect, 'string')}) {
  const response = await fetch('http://localhost:9000/oauth2/token', { method: 'POST', body: new URLSearchParams({ code }) });
  return response.json();
}
`,
  /** Ruled out after the lexer: a name that contains the extension's type inside it (the scan takes the type only where it starts a name or a string). */
  'extension-name': (dialect) => `${exported(dialect)}const featureFlags = {
  useManagedIdentityExtensionFallback: false,
  retries: 3,
};
`,
  /** Parsed: the port number beside a loopback host, in no token URL. */
  'port-and-loopback': (dialect) => `${exported(dialect)}const SIDECARS = [
  { name: 'metrics', host: 'localhost', port: 50342 },
  { name: 'tracing', host: 'localhost', port: 4318 },
];
`,
};

export const NEAR_MISS_KINDS = Object.keys(NEAR_MISS_SNIPPETS);
