import { DEFAULT_API_VERSION } from '../../engine/apiVersions';
import type { TextEdit } from '../../engine/types';
import { LOOPBACK_HOST_SOURCE } from '../../engine/url/loopback';

/** Origin and path of the IMDS token endpoint (port 80, no port to configure). */
export const IMDS_TOKEN_ENDPOINT = 'http://169.254.169.254/metadata/identity/oauth2/token';

/** The default port of the retired VM extension. */
export const LEGACY_DEFAULT_PORT = '50342';

/**
 * Loopback origin plus the exact path `/oauth2/token`; the path must end there (a query, a fragment, a quote,
 * whitespace or the end of the text may follow). Arc's `/metadata/identity/oauth2/token` never matches.
 */
/** The extension's origin with nothing after it but a slash (`http://localhost:50342/`). */
const LEGACY_ORIGIN = new RegExp(String.raw`\bhttps?:\/\/${LOOPBACK_HOST_SOURCE}:50342\/?(?![\w/.~%_-])`, 'gi');
const LEGACY_PREFIX_SOURCE = String.raw`https?://${LOOPBACK_HOST_SOURCE}:(\d+)/oauth2/token(?![\w/.~%-])`;

/** A global regex matching every legacy origin+path in a text; group 1 is the port. */
function legacyPrefixPattern(): RegExp {
  return new RegExp(LEGACY_PREFIX_SOURCE, 'gi');
}

/** One legacy origin+path found in a text. */
export interface LegacyPrefixMatch {
  /** Offset of `http` in the searched text. */
  start: number;
  /** Offset just after `/oauth2/token`. */
  end: number;
  port: string;
}

/** Every legacy origin+path in `text`, with its port. */
export function findLegacyPrefixes(text: string): LegacyPrefixMatch[] {
  const matches: LegacyPrefixMatch[] = [];
  for (const match of text.matchAll(legacyPrefixPattern())) {
    matches.push({ start: match.index, end: match.index + match[0].length, port: match[1] });
  }
  return matches;
}

/** A complete legacy token URL split into its port and query fields (raw, as written). */
export interface LegacyTokenUrl {
  port: string;
  /** `name=value` pieces of the query, raw (not decoded), in order. */
  queryFields: string[];
  fragment: string;
}

/** Parses a whole string that is exactly one legacy token URL, or undefined. */
export function parseLegacyTokenUrl(url: string): LegacyTokenUrl | undefined {
  const [match] = findLegacyPrefixes(url);
  if (!match || match.start !== 0) return undefined;
  const rest = url.slice(match.end);
  if (rest !== '' && rest[0] !== '?' && rest[0] !== '#') return undefined;
  const hashAt = rest.indexOf('#');
  const query = hashAt < 0 ? rest : rest.slice(0, hashAt);
  const fragment = hashAt < 0 ? '' : rest.slice(hashAt);
  const queryFields = query
    .replace(/^\?/, '')
    .split('&')
    .filter((field) => field !== '');
  return { port: match.port, queryFields, fragment };
}

/** The name of a raw `name=value` query field, decoded loosely for comparison. */
function queryFieldName(field: string): string {
  const eq = field.indexOf('=');
  return (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
}

/**
 * The IMDS URL carrying `fields` (raw query pieces, legacy query first then moved form fields), with
 * `api-version` exactly once and first; any api-version already present is replaced.
 */
export function imdsTokenUrl(fields: readonly string[], apiVersion: string = DEFAULT_API_VERSION, fragment = ''): string {
  const kept = fields.filter((field) => queryFieldName(field) !== 'api-version');
  return `${IMDS_TOKEN_ENDPOINT}?${[`api-version=${apiVersion}`, ...kept].join('&')}${fragment}`;
}

/** A value an api-version field may hold that is plain text in every language the tool reads (no hole, no escape). */
const PLAIN_API_VERSION = /^[\w.-]*$/;

/**
 * Edits that give the query written at `text[start, end)` (just after its `?`, as written: holes and variables
 * may stand in other fields) `api-version=<apiVersion>` exactly once, as IMDS requires: the value of the one
 * `api-version` field there is replaced, or, when there is none, the field is inserted first. A reason instead
 * when that is not certain: the field is written more than once, or its value is not plain text (a hole, a
 * variable, an escape), so the rewrite would keep a value the tool cannot see.
 */
export function apiVersionQueryEdits(text: string, start: number, end: number, apiVersion: string): TextEdit[] | string {
  const query = text.slice(start, end);
  const hashAt = query.indexOf('#');
  const fields = (hashAt < 0 ? query : query.slice(0, hashAt)).split('&');
  const named: Array<{ valueStart: number; value: string }> = [];
  let at = start;
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq >= 0 && field.slice(0, eq).toLowerCase() === 'api-version') named.push({ valueStart: at + eq + 1, value: field.slice(eq + 1) });
    at += field.length + 1;
  }
  if (named.length > 1) return 'the URL names api-version more than once';
  if (named.length === 0) {
    const empty = hashAt === 0 || query === '';
    return [{ start, end: start, text: `api-version=${apiVersion}${empty ? '' : '&'}` }];
  }
  const [{ valueStart, value }] = named;
  if (!PLAIN_API_VERSION.test(value)) return 'its api-version is not a plain value';
  return value === apiVersion ? [] : [{ start: valueStart, end: valueStart + value.length, text: apiVersion }];
}

/**
 * Offsets of loopback origins on the default port with no path of their own (`BASE=http://localhost:50342`,
 * `"http://127.0.0.1:50342/"`): a base URL of the extension whose token path is appended elsewhere. An
 * origin followed by another path (`http://localhost:50342/api/values`, a local web server) is not one.
 */
export function findLegacyBaseUrls(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(LEGACY_ORIGIN)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** Text that mentions the Cloud Shell / App Service endpoint variables: such URLs are never the VM extension. */
export function mentionsEndpointVariable(text: string): boolean {
  return /\b(?:MSI_ENDPOINT|IDENTITY_ENDPOINT)\b/.test(text);
}
