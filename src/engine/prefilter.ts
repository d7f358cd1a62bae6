/** A loopback host as the extension's URLs name it. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
/** The default port, however it is spelled. */
const PORT_MARKS = ['50342', '50_342'];
const TOKEN_PATH = 'oauth2/token';
const IMDS_PREFIX = '/metadata/identity/';
/** Legacy SDK entry points and options, and the extension's type name (SDK provisioning code). */
const SDK_OR_PROVISIONING = ['msiEndpoint', 'VmMSI', 'WithMSI', 'MSIVmToken', 'ManagedIdentityExtension', 'managedIdentityExtension'];

const has = (text: string, needles: readonly string[]): boolean => needles.some((needle) => text.includes(needle));

/** True when `oauth2/token` occurs other than as IMDS's (or Arc's) `/metadata/identity/oauth2/token`. */
function hasLegacyTokenPath(text: string): boolean {
  for (let at = text.indexOf(TOKEN_PATH); at >= 0; at = text.indexOf(TOKEN_PATH, at + 1)) {
    if (text.slice(Math.max(0, at - IMDS_PREFIX.length), at) !== IMDS_PREFIX) return true;
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
  return ((has(text, PORT_MARKS) || hasLegacyTokenPath(text)) && has(text, LOOPBACK)) || has(text, SDK_OR_PROVISIONING);
}
