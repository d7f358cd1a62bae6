/** The access token each fake hands out, so a test can tell which endpoint answered. */
export const EXTENSION_ACCESS_TOKEN = 'token-from-legacy-vm-extension';
export const IMDS_ACCESS_TOKEN = 'token-from-imds';

/**
 * The token JSON both endpoints return: every value a string (as the real services send them), plus an
 * extra key (`ext_expires_in`) that clients must tolerate.
 */
export function tokenResponseBody(accessToken: string, resource: string): Record<string, string> {
  const nowSeconds = Math.floor(Date.now() / 1000);
  return {
    access_token: accessToken,
    refresh_token: '',
    expires_in: '3599',
    expires_on: String(nowSeconds + 3599),
    ext_expires_in: '3599',
    not_before: String(nowSeconds),
    resource,
    token_type: 'Bearer',
  };
}
