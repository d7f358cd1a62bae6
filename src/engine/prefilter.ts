/** A loopback host as the extension's URLs name it. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
/** The token path or the default port, however the port is spelled. */
const LEGACY_MARKS = ['oauth2/token', '50342', '50_342'];
/** Legacy SDK entry points and options, and the extension's type name (SDK provisioning code). */
const SDK_OR_PROVISIONING = ['msiEndpoint', 'VmMSI', 'WithMSI', 'MSIVmToken', 'ManagedIdentityExtension', 'managedIdentityExtension'];

const has = (text: string, needles: readonly string[]): boolean => needles.some((needle) => text.includes(needle));

/**
 * True when the text may hold a legacy pattern; false means it certainly does not. Every request the
 * engine reports names a loopback host next to the token path or port in some literal (cross-file
 * importers are found separately, from the exporter's names); SDK options and provisioning code name
 * their own markers. Plain substring searches over the raw text (faster than one regex), no parse.
 */
export function mayContainLegacyPattern(text: string): boolean {
  return (has(text, LEGACY_MARKS) && has(text, LOOPBACK)) || has(text, SDK_OR_PROVISIONING);
}
