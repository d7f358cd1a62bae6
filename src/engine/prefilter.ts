/**
 * Every JS/TS pattern the engine reports needs one of these strings in the raw text: the token path,
 * the default port, a legacy SDK's MSI entry points, or the extension's type name (SDK provisioning). A file without any of them is not parsed.
 */
const CANDIDATE = /oauth2\/token|50_?342|msiEndpoint|VmMSI|WithMSI|MSIVmToken|ManagedIdentityExtension/i;

/** True when the text may hold a legacy pattern; false means it certainly does not. */
export function mayContainLegacyPattern(text: string): boolean {
  return CANDIDATE.test(text);
}
