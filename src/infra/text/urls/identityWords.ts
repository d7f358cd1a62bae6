/** `get_msi_token`, `msiPort`, `MSI_PORT`, `MsiCredentials`, `managed_identity`: not `msisdn` or `transmission`. */
const MI_WORD_IN_CODE = /(?:^|[^A-Za-z])msi(?![a-z])|Msi(?![a-z])|MSI(?![A-Z])|managed_?identity|ManagedIdentity/;

/**
 * True when code (comments blanked) speaks of the managed identity: then a token URL whose port the tool
 * cannot see is taken for the extension's (a miss is worse than a false alarm), while a local OAuth server's
 * `http://localhost:{port}/oauth2/token` in code that never does stays quiet.
 */
export function speaksOfManagedIdentity(code: string): boolean {
  return MI_WORD_IN_CODE.test(code);
}
