/** A loopback host as the extension's URLs name it. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
/** The default port, however it is spelled. */
export const PORT_MARKS = ['50342', '50_342'];
export const TOKEN_PATH = 'oauth2/token';
/** URLs whose `oauth2/token` is never the extension's: IMDS/Arc, and Entra ID's token endpoints. */
const OTHER_TOKEN_URL = /\/metadata\/identity\/$|login\.microsoftonline\.(?:com|us|de)\/|login\.windows\.net\/|login\.chinacloudapi\.cn\//;
/** Characters that end a URL written in source: the token path's URL starts after the last of them. */
const URL_DELIMITERS = /["'`\s(]/;
/** Legacy SDK entry points and options, and the extension's type name (SDK provisioning code). */
export const SDK_OR_PROVISIONING = ['msiEndpoint', 'VmMSI', 'WithMSI', 'MSIVmToken', 'ManagedIdentityExtension', 'managedIdentityExtension'];

/**
 * A piece of every marker above (`2/to` of the token path, `MSI` of the SDK names, `Endpo` of
 * msiEndpoint, `Identi` of the extension's type), each short and starting with a character that is rare
 * in code. V8 finds a pattern of under 7 characters by scanning for its first character, so these six
 * searches cost less than the one for `oauth2/token` alone (its `o` is everywhere): a file that holds
 * none of them, nearly every file, is ruled out by them; the others get the exact checks below.
 */
export const MARKER_PIECES = ['2/to', '50342', '50_342', 'MSI', 'Endpo', 'Identi'];

const has = (text: string, needles: readonly string[]): boolean => needles.some((needle) => text.includes(needle));

/**
 * True when `oauth2/token` occurs in some URL that is not IMDS's (or Arc's) `/metadata/identity/oauth2/token`
 * nor an Entra ID endpoint (`https://login.microsoftonline.com/<tenant>/oauth2/token`).
 */
function hasLegacyTokenPath(text: string): boolean {
  for (let at = text.indexOf(TOKEN_PATH); at >= 0; at = text.indexOf(TOKEN_PATH, at + 1)) {
    let start = at;
    while (start > 0 && at - start < 300 && !URL_DELIMITERS.test(text[start - 1])) start--;
    if (!OTHER_TOKEN_URL.test(text.slice(start, at))) return true;
  }
  return false;
}

/**
 * True when the text may hold a legacy pattern; false means it certainly does not. Every request the
 * engine reports names a loopback host next to the token path or port in some literal (cross-file
 * importers are found separately, from the exporter's names); SDK options and provisioning code name
 * their own markers. Plain substring searches over the raw text (faster than one regex), no parse.
 */
export function mayContainLegacyPattern(text: string): boolean {
  if (!has(text, MARKER_PIECES)) return false;
  return ((has(text, PORT_MARKS) || hasLegacyTokenPath(text)) && has(text, LOOPBACK)) || has(text, SDK_OR_PROVISIONING);
}
