/** The IMDS host that replaces the extension's loopback host and port. */
export const IMDS_HOST = '169.254.169.254';
/** The IMDS token path that replaces `/oauth2/token`. */
export const IMDS_TOKEN_PATH = '/metadata/identity/oauth2/token';
/** The extension's default port. */
export const LEGACY_PORT = '50342';
