// No request leaves this file: 169.254.169.254 appears here only as text. Every test also runs behind
// test/setup/no-real-network.ts, which intercepts and refuses any socket to a non-loopback address.
// The text scan decides which files are parsed at all: it must never rule out a file the engine has a
// finding for (checked against every engine fixture and behavioural case), and should rule out the
// usual look-alikes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankCertainComments } from '../../src/engine/certainComments';
import { migrateSource } from '../../src/engine/migrateSource';
import {
  MARKER_PIECES,
  PORT_MARKS,
  SDK_OR_PROVISIONING,
  TOKEN_PATH,
  IMDS_ADVISORY_MAX_LENGTH,
  holdsLegacyMarkers,
  importsLegacyModule,
  markedBytesMayContainLegacyPattern,
  mayContainLegacyPattern,
  verdictAfterLexer,
} from '../../src/engine/prefilter';

const repo = path.resolve(__dirname, '../..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return sourcesUnder(full);
    return /\.[cm]?[jt]sx?$/.test(entry) ? [full] : [];
  });
}

describe('mayContainLegacyPattern', () => {
  const files = [...sourcesUnder(path.join(repo, '__testfixtures__/engine')), ...sourcesUnder(path.join(repo, 'test/behaviour/cases'))];

  it('keeps every file the engine reports anything in', () => {
    const missed = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const filename = file.replace('.input.', '.');
      return migrateSource(text, { filename }).findings.length > 0 && !mayContainLegacyPattern(text, filename);
    });
    expect(files.length).toBeGreaterThan(80);
    expect(missed).toEqual([]);
  });

  it('rules out the decoy whose only legacy text is in comments, beside a dev OAuth server', () => {
    const file = path.join(repo, '__testfixtures__/engine/decoys/comments-and-dev-oauth-server.input.tsx');
    expect(mayContainLegacyPattern(readFileSync(file, 'utf8'), 'comments-and-dev-oauth-server.tsx')).toBe(false);
  });

  it("keeps a module that exports the extension's port or bare token path without naming a host (its importers add localhost)", () => {
    expect(mayContainLegacyPattern('exports.MSI_PORT = 50342;\n', 'constants.js')).toBe(true);
    expect(mayContainLegacyPattern("export const TOKEN_PATH = '/oauth2/token';\n", 'paths.ts')).toBe(true);
    expect(mayContainLegacyPattern('module.exports = { port: 50_342 };\n', 'settings.cjs')).toBe(true);
    // Not exported, or the path is the end of another server's URL: nothing for an importer to join.
    expect(mayContainLegacyPattern('const MSI_PORT = 50342;\nconsole.log(MSI_PORT);\n', 'local.js')).toBe(false);
    expect(mayContainLegacyPattern('export const tokenUrl = `${authority}/oauth2/token`;\n', 'aad.ts')).toBe(false);
  });

  it("rules out port 50342 on a line that sets another server's host (a sidecar, a dev server), and only there", () => {
    const sidecar = "export const METRICS = { host: 'metrics.internal.example.com', port: 50342, account: 'MSI@50342' };\n";
    expect(mayContainLegacyPattern(`${sidecar}const dev = 'http://localhost:8080/api';\n`, 'config.ts')).toBe(false);
    expect(mayContainLegacyPattern('const db = { hostname: "db", port: 50_342 };\nfetch(\'http://localhost:3000/\');', 'db.js')).toBe(
      false,
    );
    // The host is loopback, or not a literal, or the port is on a line of its own: the port may be the extension's.
    expect(mayContainLegacyPattern("export const SIDECAR = { host: 'localhost', port: 50342 };\n", 'a.ts')).toBe(true);
    expect(mayContainLegacyPattern("export const MSI = { host: '127.0.0.1', port: 50342 };\n", 'a.ts')).toBe(true);
    expect(mayContainLegacyPattern("const msi = { host: MSI_HOST, port: 50342 }; const base = 'http://localhost';", 'a.ts')).toBe(true);
    expect(mayContainLegacyPattern(`${sidecar}export const MSI_PORT = 50342;\n`, 'a.ts')).toBe(true);
    expect(mayContainLegacyPattern(`${sidecar}fetch('http://localhost:50342/oauth2/token?resource=x');\n`, 'a.ts')).toBe(true);
  });

  it('keeps IMDS token requests for their advisories, not a file that only names another IMDS endpoint or an msiEndpoint variable', () => {
    // A managed identity library: IMDS's instance endpoint, Azure Arc's token URL, a variable called msiEndpoint.
    const library =
      'const IMDS_ENDPOINT = "http://169.254.169.254/metadata/instance/compute";\n' +
      'const ARC_ENDPOINT = "http://127.0.0.1:40342/metadata/identity/oauth2/token";\n' +
      'export class CloudShell { constructor(msiEndpoint) { this.msiEndpoint = msiEndpoint; } }\n';
    expect(mayContainLegacyPattern(library, 'library.js')).toBe(false);
    expect(mayContainLegacyPattern("fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01')", 'a.js')).toBe(
      true,
    );
    expect(mayContainLegacyPattern("const base = 'http://169.254.169.254';\nget(`${base}/metadata/identity/oauth2/token`);", 'a.js')).toBe(
      true,
    );
    // A bundle that large is read for legacy markers only.
    const request = "fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01');\n";
    expect(mayContainLegacyPattern(request + '// filler\n'.repeat(IMDS_ADVISORY_MAX_LENGTH / 10), 'bundle.js')).toBe(false);
    expect(
      mayContainLegacyPattern(
        request + "fetch('http://localhost:50342/oauth2/token');\n" + ' '.repeat(IMDS_ADVISORY_MAX_LENGTH),
        'bundle.js',
      ),
    ).toBe(true);
    // The msiEndpoint option the engine reports names the extension's URL, which keeps the file by itself.
    expect(mayContainLegacyPattern("login({ msiEndpoint: 'http://localhost:50342/oauth2/token' });", 'a.js')).toBe(true);
  });

  it('takes an importer of a module that only exports the port or the bare token path when a loopback host is named in it or in its other imports', () => {
    const modules: Record<string, { filename: string; text: string }> = {
      // (A module holding both the port and the path is the extension's signature: any importer is analysed.)
      './constants': { filename: 'constants.js', text: "module.exports = { TOKEN_PATH: '/oauth2/token' };\n" },
      './port': { filename: 'port.js', text: 'module.exports = { MSI_PORT: 50342 };\n' },
      './hosts': { filename: 'hosts.js', text: "exports.MSI_HOST = 'localhost';\n" },
      './log': { filename: 'log.js', text: 'exports.log = console.log;\n' },
      './endpoints': { filename: 'endpoints.js', text: "exports.MSI_URL = 'http://localhost:50342/oauth2/token';\n" },
    };
    const host = { resolveImport: (_from: string, specifier: string) => modules[specifier] };
    const gate = (text: string) => importsLegacyModule(text, 'client.js', host);
    // An Entra ID library joins the bare path to its authority: no loopback host anywhere, nothing to analyse.
    expect(gate("const c = require('./constants'); const log = require('./log'); get(authority + c.TOKEN_PATH);")).toBe(false);
    expect(
      gate("const c = require('./constants'); const p = require('./port'); get(`http://localhost:${p.MSI_PORT}${c.TOKEN_PATH}`);"),
    ).toBe(true);
    expect(gate("const p = require('./port'); const { MSI_HOST } = require('./hosts'); get(`http://${MSI_HOST}:${p.MSI_PORT}/x`);")).toBe(
      true,
    );
    // A module that names the extension's URL itself brings any importer in.
    expect(gate("const { MSI_URL } = require('./endpoints'); fetch(MSI_URL);")).toBe(true);
    expect(gate("const log = require('./log'); log('x');")).toBe(false);
  });

  it('scans through re-exports (a few hops, cycles ended) and reads JSON modules, for importers of a barrel or a JSON config', () => {
    const files: Record<string, string> = {
      'lib/index.ts': "export * from './endpoints';\nexport { retries as attempts } from './clean';\n",
      'lib/endpoints.ts': "export const MSI_URL = 'http://localhost:50342/oauth2/token';\n",
      'lib/clean.ts': 'export const retries = 3;\n',
      'renamed.mjs': "export { MSI_URL as identityUrl } from './lib/endpoints';\n",
      'index.ts': "export * from './core';\n",
      'core/index.ts': "export { MSI_URL } from '../lib';\n",
      'cycle-a.ts': "export * from './cycle-b';\n",
      'cycle-b.ts': "export * from './cycle-a';\n",
      'far.ts': "export * from './far2';\n",
      'far2.ts': "export * from './far3';\n",
      'far3.ts': "export * from './far4';\n",
      'far4.ts': "export * from './lib/endpoints';\n",
      'msi.json': '{ "endpoint": "http://localhost:50342/oauth2/token" }\n',
      'other.json': '{ "endpoint": "https://example.com/oauth2/token" }\n',
    };
    const host = {
      resolveImport(from: string, specifier: string) {
        const base = path.posix.join(path.posix.dirname(from), specifier);
        for (const candidate of [base, `${base}.ts`, `${base}.mjs`, path.posix.join(base, 'index.ts')])
          if (files[candidate] !== undefined) return { filename: candidate, text: files[candidate] };
        return undefined;
      },
    };
    const gate = (text: string, filename = 'app.ts') => importsLegacyModule(text, filename, host);
    expect(gate("import { MSI_URL } from './lib';")).toBe(true);
    expect(gate("import { identityUrl } from './renamed.mjs';")).toBe(true);
    expect(gate("import { MSI_URL } from '..';", 'feature/token.ts')).toBe(true);
    expect(gate("import { MSI_URL } from '.';", 'core/token.ts')).toBe(true);
    expect(gate("import cfg from './msi.json' with { type: 'json' };")).toBe(true);
    expect(gate("const cfg = require('./msi.json');")).toBe(true);
    expect(gate("import cfg from './other.json';")).toBe(false);
    expect(gate("import { retries } from './lib/clean';")).toBe(false);
    expect(gate("import { x } from './cycle-a';")).toBe(false);
    // Beyond three hops the scan stops (the engine follows as far).
    expect(gate("import { MSI_URL } from './far';")).toBe(false);
  });

  it("takes the extension's type where it starts a name or a string, not inside another name", () => {
    expect(mayContainLegacyPattern('export const flags = { useManagedIdentityExtensionFallback: false };\n', 'flags.ts')).toBe(false);
    expect(mayContainLegacyPattern("const ext = { type: 'ManagedIdentityExtensionForLinux' };\n", 'vm.ts')).toBe(true);
    expect(mayContainLegacyPattern('const managedIdentityExtension = settings.extension;\n', 'vm.js')).toBe(true);
    expect(mayContainLegacyPattern('msRestAzure.loginWithVmMSI({ port: 50343 })', 'login.js')).toBe(true);
  });

  it('rules a file out by the marker pieces only when it holds none of the markers', () => {
    for (const marker of [...PORT_MARKS, TOKEN_PATH, ...SDK_OR_PROVISIONING]) {
      expect(
        MARKER_PIECES.some((piece) => marker.includes(piece)),
        marker,
      ).toBe(true);
      // With a loopback host beside it, each marker alone keeps the file.
      expect(mayContainLegacyPattern(`const a = 'http://localhost/${marker}';`), marker).toBe(true);
    }
    expect(MARKER_PIECES.every((piece) => piece.length < 7)).toBe(true);
  });

  it.each([
    ["fetch('http://localhost:50342/oauth2/token?resource=x')"],
    ['const port = 50_342; const host = "127.0.0.1";'],
    ["fetch(`http://[::1]:${port}/oauth2/token`, { headers: { Metadata: 'true' } })"],
    ["const base = 'http://localhost:1234'; get(`${base}/oauth2/token`)"],
    ['msRestAzure.loginWithVmMSI({ port: 50343 })'],
    ["{ type: 'ManagedIdentityExtensionForLinux' }"],
    ["fetch('http://localhost:8080/oauth2/token', { headers: { Metadata: 'true' } })"],
    ['fetch(`http://localhost:${process.env.MSI_PORT}/oauth2/token`)'],
    ["// http://localhost:50342/oauth2/token is gone\nconst u = 'http://localhost:50342/oauth2/token';"],
    ["const s = '// not a comment: http://localhost:50342/oauth2/token';"],
    // An IMDS token request is read for what it lacks (a timeout, the Metadata header): see imdsAdvisories.
    ["fetch('http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01'); const dev = 'http://localhost:3000';"],
  ])('keeps %s', (text) => {
    expect(mayContainLegacyPattern(text)).toBe(true);
  });

  it.each([
    ["fetch(`https://login.microsoftonline.com/${tenant}/oauth2/token`); const dev = 'http://localhost:8080/api';"],
    ["fetch('http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01')"],
    ['const config = { port: 50342 }; // no loopback host anywhere'],
    ["export const url = 'https://example.com/api';"],
    ['// History: tokens came from http://localhost:50342/oauth2/token\nexport const a = 1;'],
    ["/* msiEndpoint: 'http://localhost:50342/oauth2/token' */ export const b = 2;"],
    ["fetch('http://localhost:8080/oauth2/token', { method: 'POST', body: new URLSearchParams({ grant_type: 'password' }) })"],
    ["import { HEADERS } from './headers'; const MSI_PORT = 8080; fetch('http://localhost:8080/oauth2/token', { headers: HEADERS })"],
  ])('rules out %s', (text) => {
    expect(mayContainLegacyPattern(text)).toBe(false);
  });

  it('answers as it did before the raw marker check ran ahead of the lexer (same answer on any mix of markers, comments and URLs)', () => {
    // The scan as it was (a frozen copy, so that a fault in the new check cannot hide in the oracle):
    // the marker pieces, then the checks on the text with its comments blanked.
    const has = (text: string, needles: readonly string[]) => needles.some((needle) => text.includes(needle));
    const legacyTokenPath = (text: string) => {
      let otherPortEvidence: boolean | undefined;
      for (let at = text.indexOf(TOKEN_PATH); at >= 0; at = text.indexOf(TOKEN_PATH, at + 1)) {
        let start = at;
        while (start > 0 && at - start < 300 && !/["'`\s(]/.test(text[start - 1])) start--;
        const url = text.slice(start, at);
        if (/\/metadata\/identity\/$|login\.microsoftonline\.(?:com|us|de)\/|login\.windows\.net\/|login\.chinacloudapi\.cn\//.test(url))
          continue;
        const ownPort = /(?:localhost|127\.0\.0\.1|\[::1\]):(\d+)\/$/i.exec(url)?.[1];
        if (ownPort !== undefined && ownPort !== '50342' && !(otherPortEvidence ??= /metadata/i.test(text))) continue;
        return true;
      }
      return false;
    };
    const before = (text: string, filename: string) => {
      if (!has(text, MARKER_PIECES)) return false;
      const code = blankCertainComments(text, !/\.(?:ts|mts|cts)$/i.test(filename));
      const loopback = has(code, ['localhost', '127.0.0.1', '[::1]']);
      // The extension's type counts where it starts a name or a string (not inside `useManagedIdentityExtension…`).
      const sdk = SDK_OR_PROVISIONING.filter((marker) => !/anagedIdentityExtension$/.test(marker));
      return (
        // The port and the token path are the extension's signature whatever supplies the host (added since).
        (has(code, PORT_MARKS) && legacyTokenPath(code)) ||
        ((has(code, PORT_MARKS) || legacyTokenPath(code)) && loopback) ||
        has(code, sdk) ||
        /(?<![\w$])[Mm]anagedIdentityExtension/.test(code)
      );
    };
    const fragments = [
      ...PORT_MARKS,
      TOKEN_PATH,
      ...SDK_OR_PROVISIONING,
      ...MARKER_PIECES,
      'localhost',
      '127.0.0.1',
      '[::1]',
      'http://',
      ':8080/',
      ':50342/',
      '/metadata/identity/',
      'login.microsoftonline.com/',
      'Metadata',
      'Identifier',
      'Endpoint',
      '//',
      '/*',
      '*/',
      '\n',
      "'",
      '"',
      '`',
      '${',
      '}',
      '/',
      ' ',
      'x',
      '(',
      ')',
      '<div>',
      'return ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')),
        fc.constantFrom('a.ts', 'a.tsx', 'a.js'),
        (text, filename) => {
          expect(mayContainLegacyPattern(text, filename)).toBe(before(text, filename));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('rules a text out before the lexer only where the lexer would too (any mix of markers, comments, hosts and URLs)', () => {
    // The shortcut reads the text with its comments; a comment can hide a marker (harmless: a candidate more)
    // or hide what rules a marker out (another server's host, an Entra ID URL, a path after IMDS's address).
    const fragments = [
      ...PORT_MARKS,
      TOKEN_PATH,
      "'/oauth2/token'",
      ...SDK_OR_PROVISIONING,
      'localhost',
      '127.0.0.1',
      '169.254.169.254',
      '/metadata/identity/',
      '/metadata/instance',
      'metadata/identity/oauth2/token',
      'login.microsoftonline.com/',
      "host: 'db.example.com', ",
      'http://',
      ':8080/',
      'export ',
      'Metadata',
      '//',
      '/*',
      '*/',
      '\n',
      "'",
      '"',
      '/',
      ' ',
      'x',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 24 }).map((parts) => parts.join('')),
        fc.constantFrom('a.ts', 'a.js'),
        (text, filename) => {
          const exact = verdictAfterLexer(text, filename) !== 'none';
          expect(mayContainLegacyPattern(text, filename)).toBe(exact);
          // The same checks on the bytes (no string of the file made) rule out no file the lexer keeps.
          if (exact) expect(markedBytesMayContainLegacyPattern(Buffer.from(text, 'latin1'))).toBe(true);
        },
      ),
      { numRuns: 20000 },
    );
    // The shapes the shortcut must not rule out: the excluding part is in a comment.
    for (const text of [
      "const port = 50342; // host: 'metrics.example.com'\nconst h = 'localhost';",
      "const h = 'localhost'; a/*login.microsoftonline.com/*/oauth2/token",
      "ip = 169.254.169.254/* the address */; const p = 'metadata/identity/oauth2/token';",
    ]) {
      expect(mayContainLegacyPattern(text, 'a.ts'), text).toBe(verdictAfterLexer(text, 'a.ts') !== 'none');
      expect(markedBytesMayContainLegacyPattern(Buffer.from(text, 'latin1')), text).toBe(true);
    }
  });

  it.each([
    ['an environment variable', 'process.env.MSI_HOST'],
    ['an imported const', 'MSI_HOST'],
    ['a parameter', 'host'],
  ])("keeps a script that exports nothing and takes the host from %s, next to the extension's port and path", (_, host) => {
    const script = `async function main(host) {\n  const res = await fetch(\`http://\${${host}}:50342/oauth2/token?resource=x\`, { headers: { Metadata: 'true' } });\n}\nmain();\n`;
    expect(holdsLegacyMarkers((needle) => script.includes(needle))).toBe(true);
    expect(mayContainLegacyPattern(script, 'main.js')).toBe(true);
  });

  it('lets the raw marker check rule out only texts without any whole marker (the words real code says are not enough)', () => {
    const raw = (text: string) => holdsLegacyMarkers((needle) => text.includes(needle));
    expect(raw('const Identifier = 1; const Endpoint = MSIX;')).toBe(false);
    expect(raw("login('https://login.microsoftonline.com/t/oauth2/token')")).toBe(false); // no loopback host
    expect(raw("const a = 'http://localhost:3000';")).toBe(false); // no port, no token path
    expect(raw("const a = 'http://localhost/oauth2/token';")).toBe(true);
    expect(raw('const a = { port: 50_342, host: "[::1]" };')).toBe(true);
    for (const marker of SDK_OR_PROVISIONING) expect(raw(`x.${marker}`), marker).toBe(true);
  });
});
