// Where the managed identity token comes from.
export const MSI_TOKEN_URL = 'http://169.254.169.254/metadata/identity/oauth2/token';
export const TIMEOUT_MS = 5000;
