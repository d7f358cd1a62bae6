export const LEGACY_TOKEN_URL = 'http://localhost:50342/oauth2/token';
export const TIMEOUT_MS = 2500;
