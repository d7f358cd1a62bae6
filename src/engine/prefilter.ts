import { blankCertainComments } from './certainComments';
import { LOOPBACK_HOST_SOURCE, LOOPBACK_NEEDLES } from './url/loopback';
import type { ModuleHost } from './types';

/** IMDS's address: a file that sends IMDS token requests is read for what they lack (see imdsAdvisories). */
const IMDS_ADDRESS = '169.254.169.254';
const IMDS_TOKEN_PATH = 'metadata/identity/oauth2/token';
/** The default port, however it is spelled. */
export const PORT_MARKS = ['50342', '50_342'];
export const TOKEN_PATH = 'oauth2/token';
/** URLs whose `oauth2/token` is never the extension's: IMDS/Arc, and Entra ID's token endpoints. */
const OTHER_TOKEN_URL = /\/metadata\/identity\/$|login\.microsoftonline\.(?:com|us|de)\/|login\.windows\.net\/|login\.chinacloudapi\.cn\//;
/** Characters that end a URL written in source: the token path's URL starts after the last of them. */
const URL_DELIMITERS = /["'`\s(]/;
/**
 * Legacy SDK entry points, and the extension's type name (SDK provisioning code). Not the SDKs'
 * `msiEndpoint` option: the engine reports it only when its value is the extension's token URL, which
 * the file then names (a loopback host and the token path) or imports (see importsLegacyModule).
 */
export const SDK_OR_PROVISIONING = ['VmMSI', 'WithMSI', 'MSIVmToken', 'ManagedIdentityExtension', 'managedIdentityExtension'];

/**
 * A piece of every marker above (`2/to` of the token path, `MSI` of the SDK names, `Identi` of the
 * extension's type), each short and starting with a character that is rare in code. V8 finds a pattern
 * of under 7 characters by scanning for its first character, so these five searches cost less than the
 * one for `oauth2/token` alone (its `o` is everywhere): a file that holds none of them, nearly every
 * file, is ruled out by them; the others get the exact checks below.
 */
export const MARKER_PIECES = ['2/to', '50342', '50_342', 'MSI', 'Identi'];

/** Each marker piece, and the whole markers it stands for (searched only in a text that holds the piece). */
const MARKERS_BY_PIECE: ReadonlyArray<readonly [piece: string, markers: readonly string[]]> = [
  ['2/to', [TOKEN_PATH]],
  ['50342', ['50342']],
  ['50_342', ['50_342']],
  ['MSI', SDK_OR_PROVISIONING.filter((marker) => marker.includes('MSI'))],
  ['Identi', SDK_OR_PROVISIONING.filter((marker) => marker.includes('Identi'))],
];
const PORT_PIECES = new Set(['50342', '50_342']);

/**
 * What mayContainLegacyPattern's last check needs, looked for in the text as it is (comments included,
 * so false is certain and true only possible): an SDK or provisioning marker, the port and the token path
 * together (the extension's signature, whatever supplies the host: `http://${process.env.MSI_HOST}:50342/oauth2/token`),
 * or either of them with a loopback host (or IMDS's address, or an export). Each whole marker is searched only where its piece is (see
 * MARKER_PIECES), so a file of real code that says `Identifier` costs a search more,
 * not a lexer pass. `includes` searches the text: a string's, or a Buffer's on the raw bytes.
 */
export function holdsLegacyMarkers(includes: (needle: string) => boolean): boolean {
  let port = false;
  let tokenPath = false;
  for (const [piece, markers] of MARKERS_BY_PIECE) {
    if (!includes(piece) || !markers.some(includes)) continue;
    if (piece === '2/to') tokenPath = true;
    else if (PORT_PIECES.has(piece)) port = true;
    else return true;
  }
  return (port && tokenPath) || ((port || tokenPath) && (LOOPBACK_NEEDLES.some(includes) || includes(IMDS_ADDRESS) || includes('export')));
}

const has = (text: ScanText, needles: readonly string[]): boolean => needles.some((needle) => text.includes(needle));

/** What the scan reads of a text: a string's methods, which Latin1Bytes gives a file's bytes too. */
interface ScanText {
  readonly length: number;
  includes(needle: string): boolean;
  indexOf(needle: string, from?: number): number;
  lastIndexOf(needle: string, from?: number): number;
  startsWith(needle: string, at?: number): boolean;
  charAt(index: number): string;
  slice(start?: number, end?: number): string;
}

/**
 * A file's bytes read as Latin-1 (every marker is ASCII, so a needle's bytes are found where the text
 * holds it), without making a string of the whole file: strings only of the lines and URLs the checks read.
 */
class Latin1Bytes implements ScanText {
  constructor(private readonly bytes: Buffer) {}
  get length(): number {
    return this.bytes.length;
  }
  includes(needle: string): boolean {
    return this.bytes.includes(needle, 0, 'latin1');
  }
  indexOf(needle: string, from = 0): number {
    return this.bytes.indexOf(needle, from, 'latin1');
  }
  lastIndexOf(needle: string, from = this.bytes.length): number {
    return this.bytes.lastIndexOf(needle, from, 'latin1');
  }
  startsWith(needle: string, at = 0): boolean {
    return this.bytes.toString('latin1', at, at + needle.length) === needle;
  }
  charAt(index: number): string {
    return index >= 0 && index < this.bytes.length ? String.fromCharCode(this.bytes[index]) : '';
  }
  slice(start = 0, end = this.bytes.length): string {
    return this.bytes.toString('latin1', start, end);
  }
}

/**
 * `pattern` tested on a whole string; on bytes (no whole string made), a test that is true wherever the
 * pattern could match: the text holds `needle`, or always when there is none (a case-insensitive pattern).
 */
function wholeTextTest(text: ScanText, pattern: RegExp, needle: string | undefined): boolean {
  if (typeof text === 'string') return pattern.test(text);
  return needle === undefined || text.includes(needle);
}

/**
 * For a file's bytes that hold the markers (holdsLegacyMarkers): false when the text as it is (comments
 * included) certainly holds no pattern (see verdictOf), told without a string of the file (a bundle
 * that names IMDS's token URL and 127.0.0.1 makes no string of its megabytes); true when the text must be scanned.
 */
export function markedBytesMayContainLegacyPattern(bytes: Buffer): boolean {
  return verdictOf(new Latin1Bytes(bytes), true) !== 'none';
}

/** A loopback URL with a port of its own right before the token path (`http://localhost:8080/oauth2/token`). */
const OWN_PORT_URL = new RegExp(String.raw`${LOOPBACK_HOST_SOURCE}:(\d+)\/$`, 'i');
/**
 * What makes the engine take a token URL on another fixed port for the extension's: the request sends
 * a `Metadata` header, which this file must then name (headers from another module are not followed).
 */
const OTHER_PORT_EVIDENCE = /metadata/i;

/**
 * True when `oauth2/token` occurs in some URL that is not IMDS's (or Arc's) `/metadata/identity/oauth2/token`
 * nor an Entra ID endpoint (`https://login.microsoftonline.com/<tenant>/oauth2/token`), nor, in a file
 * without the engine's evidence for it (OTHER_PORT_EVIDENCE), a loopback server on another port.
 */
function hasLegacyTokenPath(text: ScanText, withComments: boolean): boolean {
  let otherPortEvidence: boolean | undefined;
  for (let at = text.indexOf(TOKEN_PATH); at >= 0; at = text.indexOf(TOKEN_PATH, at + 1)) {
    let start = at;
    while (start > 0 && at - start < 300 && !URL_DELIMITERS.test(text.charAt(start - 1))) start--;
    const url = text.slice(start, at);
    // A comment that ends inside the URL (`/*…*/http://…`) would be blanked: what is left may be no other server's.
    if (withComments && url.includes('*/')) return true;
    if (OTHER_TOKEN_URL.test(url)) continue;
    const ownPort = OWN_PORT_URL.exec(url)?.[1];
    if (ownPort !== undefined && ownPort !== '50342' && !(otherPortEvidence ??= wholeTextTest(text, OTHER_PORT_EVIDENCE, undefined)))
      continue;
    return true;
  }
  return false;
}

/**
 * True when the text may hold a legacy pattern; false means it certainly does not. Every request the
 * engine reports names a loopback host next to the token path or port in some literal (cross-file
 * importers are found separately, from the exporter's names); SDK options and provisioning code name
 * their own markers. Comments do not count (the engine never reads them): the checks run on the text
 * with every comment the lexer is certain of blanked. Substring searches and one lexer pass, no parse.
 * Text spelled with escape sequences (`'local\x68ost'`) is not seen. `filename` decides whether the
 * file may hold JSX (.js, .jsx, .tsx, .mjs, .cjs; any file when not given).
 */
export function mayContainLegacyPattern(text: string, filename = ''): boolean {
  return legacyVerdict(text, filename) !== 'none';
}

/**
 * mayContainLegacyPattern's answer, told apart: `pieces` for a module kept only because it exports the
 * extension's port or bare token path without naming a host (its importers must add a loopback host).
 */
function legacyVerdict(text: string, filename: string): 'none' | 'pieces' | 'legacy' {
  if (!holdsLegacyMarkers((needle) => text.includes(needle))) return 'none';
  // The lexer costs ~0.1 µs a character before V8 optimises it (60 ms for a 600 KB bundle that names
  // IMDS's token URL and 127.0.0.1): it runs only when the text as it is may hold a pattern.
  if (verdictOf(text, true) === 'none') return 'none';
  return verdictAfterLexer(text, filename);
}

/** legacyVerdict without its shortcut: the checks on the text with its comments blanked (exported for the test that holds the shortcut to it). */
export function verdictAfterLexer(text: string, filename: string): 'none' | 'pieces' | 'legacy' {
  return verdictOf(blankCertainComments(text, !NO_JSX_FILE.test(filename)), false);
}

/**
 * legacyVerdict on `code`: the text with its comments blanked, or (`withComments`) the text as it is. On
 * the text as it is, every check leaves out what a comment could have changed: a comment can hide a
 * marker (then the text holds more than the code: the verdict errs towards a candidate), or hide what
 * rules a marker out (another server's host on the port's line, an Entra ID URL before the token path, a
 * path after IMDS's address): those exclusions are made only where no comment can be (no `//`, `/*` or
 * `*\/` in the span). So `none` on the text as it is means `none` on the code (test/engine/prefilter.test.ts).
 */
function verdictOf(code: ScanText, withComments: boolean): 'none' | 'pieces' | 'legacy' {
  const port = hasExtensionPort(code, withComments);
  const tokenPath = hasLegacyTokenPath(code, withComments);
  if (
    // The port and the token path: the extension's signature, whatever supplies the host (an env variable, an import).
    (port && tokenPath) ||
    ((port || tokenPath) && has(code, LOOPBACK_NEEDLES)) ||
    namesSdkOrProvisioning(code) ||
    (code.length <= IMDS_ADVISORY_MAX_LENGTH && code.includes(IMDS_TOKEN_PATH) && namesImdsForTokens(code, withComments))
  )
    return 'legacy';
  return exportsLegacyPieces(code, withComments) ? 'pieces' : 'none';
}

/**
 * The longest text read for its IMDS requests' advisories alone (256 Ki characters). Longer files that
 * send IMDS token requests are bundles of libraries (@azure/msal-node's is 600 KB), not code a user tunes
 * timeouts in, and parsing one costs more than the rest of a run; a legacy marker still makes any size a candidate.
 */
export const IMDS_ADVISORY_MAX_LENGTH = 256 * 1024;

/**
 * The extension's type at the start of a name or a string (`'ManagedIdentityExtensionForLinux'`,
 * `managedIdentityExtension.type`), not inside another name (`useManagedIdentityExtensionFallback`): the
 * engine reports provisioning code by the type's string alone.
 */
const EXTENSION_TYPE_START = /(?<![\w$])[Mm]anagedIdentityExtension/;

/** An SDK marker (entry points and options), or the extension's type where it starts a name or a string. */
function namesSdkOrProvisioning(code: ScanText): boolean {
  return SDK_OR_PROVISIONING.some(
    (marker) =>
      code.includes(marker) &&
      (!/^[Mm]anagedIdentityExtension$/.test(marker) || wholeTextTest(code, EXTENSION_TYPE_START, 'anagedIdentityExtension')),
  );
}

/**
 * IMDS's address where it may start a token URL: followed by `/metadata/identity`, or by no path at all (a
 * base URL joined to the token path elsewhere), not by another IMDS endpoint's path (`/metadata/instance`).
 */
function namesImdsForTokens(code: ScanText, withComments: boolean): boolean {
  for (let at = code.indexOf(IMDS_ADDRESS); at >= 0; at = code.indexOf(IMDS_ADDRESS, at + IMDS_ADDRESS.length)) {
    const after = at + IMDS_ADDRESS.length;
    if (code.charAt(after) !== '/' || code.startsWith('/metadata/identity', after)) return true;
    if (withComments && (code.startsWith('/*', after) || code.startsWith('//', after))) return true; // blanked, no path follows
  }
  return false;
}

/** A module that exports something (ESM or CommonJS). */
const EXPORTS = /\bexport\b|\bexports\b/;
/** The token path as a string of its own (`'/oauth2/token'`), not the end of some other server's URL. */
const BARE_TOKEN_PATH = /(["'`])\/?oauth2\/token\1/;

/**
 * A module that exports the extension's port or its bare token path without naming a host: its importers
 * join them to `localhost` (`http://localhost:${MSI_PORT}${TOKEN_PATH}`), and the importer's own scan sees
 * no port or path. Analysed, its exports are legacy material that brings those importers in.
 */
function exportsLegacyPieces(code: ScanText, withComments: boolean): boolean {
  return (
    (hasExtensionPort(code, withComments) || wholeTextTest(code, BARE_TOKEN_PATH, TOKEN_PATH)) && wholeTextTest(code, EXPORTS, 'export')
  );
}

/**
 * A `host`/`hostname` set to a server of its own, not a loopback one (`host: 'metrics.example.com'`,
 * `hostname = "db"`): a port on the same line is that server's.
 */
const OTHER_HOST = new RegExp(String.raw`\bhost(?:name)?\s*[:=]\s*(["'\`])(?!${LOOPBACK_HOST_SOURCE}\1)[^"'\`$\s]+\1`, 'i');

/**
 * True when the port 50342 occurs somewhere that may be the extension's: not on a line that sets the
 * host of another server and names no loopback host (`{ host: 'metrics.internal.example.com', port:
 * 50342 }`, a sidecar or a dev server that happens to use the port). The engine never takes such a port
 * for the extension's; the scan need not parse the file for it.
 */
function hasExtensionPort(code: ScanText, withComments: boolean): boolean {
  for (const mark of PORT_MARKS) {
    for (let at = code.indexOf(mark); at >= 0; at = code.indexOf(mark, at + mark.length)) {
      const lineStart = code.lastIndexOf('\n', at) + 1;
      const lineEnd = code.indexOf('\n', at);
      const line = code.slice(lineStart, lineEnd < 0 ? code.length : lineEnd);
      if (!OTHER_HOST.test(line) || has(line, LOOPBACK_NEEDLES) || (withComments && MAY_HOLD_COMMENT.test(line))) return true;
    }
  }
  return false;
}

/** Where a comment may start or end: the text as it is may differ there from the code (see verdictOf). */
const MAY_HOLD_COMMENT = /\/\/|\/\*|\*\//;

/** Extensions of files that cannot hold JSX. */
const NO_JSX_FILE = /\.(?:ts|mts|cts)$/i;

/** `from './x'`, `require('../x')`, `import('./x')`, `from '..'`: the relative module specifiers a text names. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)(['"])(\.\.?(?:\/[^'"\n]*)?)\1/g;
/** A specifier that names a directory's index alone: `'..'`, `'.'`. */
const BARE_PARENT_OR_SELF = /(['"])\.\.?\1/;
/** `export * from './x'`, `export { a as b } from './x'`: the relative modules a text re-exports from. */
const RELATIVE_REEXPORT = /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])(\.\.?(?:\/[^'"\n]*)?)\1/g;
/** How many `export … from` hops the scan follows (as the engine does: src/engine/ast/importedConsts.ts). */
const MAX_REEXPORT_HOPS = 3;

/**
 * The relative modules a script imports or requires (comments not excluded: a commented-out import only
 * costs a look at that module). Together with the text scan of those modules, this decides whether a file
 * the scan rules out may still send a request to a URL another module holds.
 */
export function relativeImportSpecifiers(text: string): string[] {
  if (!text.includes('./') && !BARE_PARENT_OR_SELF.test(text)) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(RELATIVE_IMPORT)) found.add(match[2]);
  return [...found];
}

/**
 * True when a relative module this script imports (read through `modules`) may hold a legacy pattern:
 * the script's own text scan cannot see a URL it imports (`fetch(`${MSI_TOKEN_URL}?…`)`), so it must be
 * analysed too. A module that only exports the port or the bare token path counts when a loopback host is
 * named where the engine could take one from: this script or another module it imports (Entra ID's client
 * libraries export `'/oauth2/token'` for their authority's URL). A module that re-exports another's values
 * (`export * from './endpoints'`, a barrel) is scanned through, a few hops; a JSON module is scanned as text.
 */
export function importsLegacyModule(text: string, filename: string, modules: ModuleHost | undefined): boolean {
  if (!modules) return false;
  const imported: Array<{ filename: string; text: string }> = [];
  let importsPieces = false;
  for (const specifier of relativeImportSpecifiers(text)) {
    const resolved = modules.resolveImport(filename, specifier);
    if (!resolved) continue;
    const verdict = verdictThroughReexports(resolved, modules, imported);
    if (verdict === 'legacy') return true;
    importsPieces ||= verdict === 'pieces';
  }
  return importsPieces && (has(text, LOOPBACK_NEEDLES) || imported.some((module) => has(module.text, LOOPBACK_NEEDLES)));
}

/** The module's scan, or when it finds nothing, that of the modules it re-exports from (each added to `seen`). */
function verdictThroughReexports(
  module: { filename: string; text: string },
  modules: ModuleHost,
  seen: Array<{ filename: string; text: string }>,
  hops = 0,
): ReturnType<typeof legacyVerdict> {
  if (seen.some((other) => other.filename === module.filename)) return 'none';
  seen.push(module);
  const verdict = moduleVerdict(module);
  if (verdict !== 'none' || hops >= MAX_REEXPORT_HOPS || !module.text.includes('export')) return verdict;
  let found: ReturnType<typeof legacyVerdict> = 'none';
  for (const match of module.text.matchAll(RELATIVE_REEXPORT)) {
    const reexported = modules.resolveImport(module.filename, match[2]);
    const next = reexported ? verdictThroughReexports(reexported, modules, seen, hops + 1) : 'none';
    if (next === 'legacy') return next;
    if (next === 'pieces') found = next;
  }
  return found;
}

/** Each module's scan, once: a host hands out one object per module, which many importers share (an ESLint run asks for each of its files). */
const moduleVerdicts = new WeakMap<{ filename: string; text: string }, ReturnType<typeof legacyVerdict>>();

function moduleVerdict(module: { filename: string; text: string }): ReturnType<typeof legacyVerdict> {
  let verdict = moduleVerdicts.get(module);
  if (verdict === undefined) moduleVerdicts.set(module, (verdict = legacyVerdict(module.text, module.filename)));
  return verdict;
}
