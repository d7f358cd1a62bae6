// Which exports of a module are legacy material its importers may use (MigrateOptions' result.legacyExports):
// the CLI reads every other script again to find importers whenever a file has one, so a name listed here
// that no importer can misuse costs a whole second pass over the tree, and a name left out is a silent miss.
import { describe, expect, it } from 'vitest';
import { migrateSource } from '../../src/engine/migrateSource';

const exportsOf = (text: string, filename = 'identity.ts') => migrateSource(text, { filename }).legacyExports ?? [];

describe('legacy exports', () => {
  it('leaves out a function that sends the request itself: it returns a response, not the URL', () => {
    const inCall = `export async function tokenFor(resource: string) {
  const response = await fetch('http://localhost:50342/oauth2/token?resource=' + resource, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
`;
    const inLocal = `export async function tokenFor(resource: string) {
  const url = \`http://localhost:50342/oauth2/token?resource=\${encodeURIComponent(resource)}\`;
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
`;
    expect(exportsOf(inCall)).toEqual([]);
    expect(exportsOf(inLocal)).toEqual([]);
  });

  it('lists a function that builds the URL, a local that leaves for another use, and an exported const', () => {
    const builder = `export function tokenUrl(resource: string): string {
  return 'http://localhost:50342/oauth2/token?resource=' + encodeURIComponent(resource);
}
`;
    const logged = `export async function tokenFor(resource: string) {
  const url = 'http://localhost:50342/oauth2/token?resource=' + resource;
  console.log('asking', url);
  const response = await fetch(url, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token;
}
`;
    expect(exportsOf(builder)).toEqual(['tokenUrl']);
    expect(exportsOf(logged)).toEqual(['tokenFor']);
    expect(exportsOf("export const MSI_PORT = 50342;\nexport const TOKEN_PATH = '/oauth2/token';\n")).toEqual(['MSI_PORT', 'TOKEN_PATH']);
    expect(exportsOf("exports.MSI_TOKEN_URL = 'http://localhost:50342/oauth2/token';\n", 'endpoints.js')).toEqual(['MSI_TOKEN_URL']);
  });
  it("lists a settings object that spells the extension's address in members, not one that names another server", () => {
    expect(exportsOf("export const MSI = { host: 'localhost', port: 50342 };\n")).toEqual(['MSI']);
    expect(exportsOf("module.exports = { settings: { identity: { hostname: '127.0.0.1', port: 50342 } } };\n", 'a.js')).toEqual([
      'settings',
    ]);
    expect(exportsOf("export const METRICS = { host: 'metrics.internal.example.com', port: 50342 };\n")).toEqual([]);
    // A loopback server of another port: a dev proxy's settings.
    expect(exportsOf("export const DEV_PROXY = { target: 'http://localhost:5173', changeOrigin: true };\n")).toEqual([]);
    // A list of servers is not followed (an importer would index it).
    expect(exportsOf("export const SIDECARS = [{ name: 'metrics', host: 'localhost', port: 50342 }];\n")).toEqual([]);
    // The token path alone is Entra ID's too (a library's constants: its authority's token endpoint).
    expect(
      exportsOf(
        "exports.Constants = { AAD: { TOKEN_ENDPOINT_PATH: '/oauth2/token', AUTHORIZE_ENDPOINT_PATH: '/oauth2/authorize' } };\n",
        'c.js',
      ),
    ).toEqual([]);
    // With a loopback host beside it, it is the extension's.
    expect(exportsOf("export const MSI = { host: 'localhost', tokenPath: '/oauth2/token' };\n")).toEqual(['MSI']);
    expect(exportsOf("export const MSI = { server: { host: '127.0.0.1' }, paths: { token: 'oauth2/token' } };\n")).toEqual(['MSI']);
  });

  it('tells, of an exported URL checked on its own (a pre-commit run, the ESLint rule), to migrate it with its importers', () => {
    const { findings } = migrateSource("exports.TOKEN_URL = 'http://localhost:50342/oauth2/token';\n", { filename: 'endpoints.js' });
    expect(findings.map((finding) => [finding.ruleId, finding.message.includes('Run `npx mi-codemod` over the project')])).toEqual([
      ['manual-review', true],
    ]);
  });
});
