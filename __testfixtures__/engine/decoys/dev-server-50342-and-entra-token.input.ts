// A web app whose local API runs on port 50342 (IIS Express hands out ports in that range) and whose sign-in
// asks Entra ID for tokens: the three pieces of the extension's URL are here, but never together.
const API_BASE = 'http://localhost:50342/api';
const AUTHORITY = 'https://login.microsoftonline.com/contoso.onmicrosoft.com';
const DEV_PORT = 50342;

export function apiUrl(route: string): string {
  return `${API_BASE}/${route}`;
}

export async function signIn(code: string): Promise<string> {
  const response = await fetch(`${AUTHORITY}/oauth2/token`, { method: 'POST', body: new URLSearchParams({ code }) });
  return (await response.json()).access_token;
}

export const devServer = { host: 'localhost', port: DEV_PORT };
