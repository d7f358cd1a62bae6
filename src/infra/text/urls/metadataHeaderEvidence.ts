/** `metadata` as a word of its own or the start of one (`Metadata:true`, `"Metadata"`, `$metadataHeaders`). */
const METADATA_WORD = /metadata/gi;
/** The path segment of IMDS, Arc and emulator URLs (`/metadata/identity/oauth2/token`, `/metadata/instance`). */
const METADATA_PATH_AFTER = /^[/?#]/;
/** A URL on IMDS, Arc or an emulator: the request holding it is already off the extension. */
const IMDS_LIKE_URL = /\/metadata\/identity\//i;
/** How far a call's parentheses are looked for around a mention. */
const CALL_REACH = 2000;

/**
 * True when `code` (comments blanked) names a `Metadata` header that may belong to a request to the
 * extension: the word outside every URL path (IMDS, Arc and local emulators serve `/metadata/…`), and not
 * inside a call or command that itself goes to an IMDS-like URL (see belongsToImdsLikeRequest).
 */
export function namesMetadataHeader(code: string): boolean {
  for (const match of code.matchAll(METADATA_WORD)) {
    const at = match.index;
    const after = at + match[0].length;
    if (code[at - 1] === '/' && METADATA_PATH_AFTER.test(code.slice(after, after + 1))) continue;
    if (!belongsToImdsLikeRequest(code, at)) return true;
  }
  return false;
}

/** `text` without the `/metadata` path segments of IMDS-like URLs: a `metadata` left is a header's name. */
export function withoutMetadataPaths(text: string): string {
  return text.replace(/\/metadata(?=[/?#]|$)/gi, '/');
}

/**
 * True when the offset `at` sits in a call or command that goes to an IMDS-like URL
 * (`requests.get("http://169.254.169.254/metadata/identity/…", headers={"Metadata": "true"})`,
 * `curl -H Metadata:true http://localhost:40342/metadata/identity/…`): a header there is that request's own,
 * no evidence that a loopback token URL on another port is the extension. The call is the innermost
 * parentheses around `at`, or else its line (continuations included).
 */
export function belongsToImdsLikeRequest(code: string, at: number): boolean {
  const span = enclosingCall(code, at) ?? logicalLine(code, at);
  const text = code.slice(span.start, span.end);
  if (IMDS_LIKE_URL.test(text)) return true;
  return imdsLikeUrlNames(code).some((name) => new RegExp(`(?<!\\w)${name}(?!\\w)`, 'i').test(text));
}

/** A name assigned a string holding an IMDS-like URL: `ARC_URL = "http://localhost:40342/metadata/identity/…"`. */
const IMDS_LIKE_URL_ASSIGNMENT = /(?<!\w)([A-Za-z_]\w*)\s*:?=\s*[A-Za-z@$]{0,3}["'`][^"'`\r\n]*\/metadata\/identity\//gi;

let namesCache: { code: string; names: string[] } | undefined;

/**
 * The names `code` assigns an IMDS-like URL (`ARC_URL = "…/metadata/identity/oauth2/token"`, `$arcUrl = …`,
 * `arcURL := …`, `const string ArcUrl = …`): a request that names one goes there, as when the URL is inline.
 */
function imdsLikeUrlNames(code: string): string[] {
  if (namesCache?.code !== code) {
    namesCache = { code, names: [...new Set([...code.matchAll(IMDS_LIKE_URL_ASSIGNMENT)].map((match) => match[1]))] };
  }
  return namesCache.names;
}

/** The innermost `( … )` around `at` (within CALL_REACH characters each way), or undefined. */
function enclosingCall(code: string, at: number): { start: number; end: number } | undefined {
  let depth = 0;
  let open = -1;
  for (let index = at - 1; index >= Math.max(0, at - CALL_REACH); index--) {
    const char = code[index];
    if (char === ')') depth++;
    else if (char === '(') {
      if (depth === 0) {
        open = index;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return undefined;
  depth = 0;
  for (let index = at; index < Math.min(code.length, at + CALL_REACH); index++) {
    const char = code[index];
    if (char === '(') depth++;
    else if (char === ')') {
      if (depth === 0) return { start: open, end: index + 1 };
      depth--;
    }
  }
  return undefined;
}

/** The line holding `at`, with the lines a trailing `\` or PowerShell backtick joins to it. */
function logicalLine(code: string, at: number): { start: number; end: number } {
  const continues = (lineEnd: number): boolean => /[\\`]\r?$/.test(code.slice(Math.max(0, lineEnd - 2), lineEnd));
  let start = code.lastIndexOf('\n', at - 1) + 1;
  while (start > 0 && continues(start - 1)) start = code.lastIndexOf('\n', start - 2) + 1;
  let end = code.indexOf('\n', at);
  while (end >= 0 && continues(end)) end = code.indexOf('\n', end + 1);
  return { start, end: end < 0 ? code.length : end };
}
