// Where the managed identity token comes from.
export const MSI_TOKEN_URL = 'http://localhost:50342/oauth2/token';
export const TIMEOUT_MS = 5000;
