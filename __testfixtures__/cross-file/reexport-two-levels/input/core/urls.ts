export const MSI_URL = 'http://localhost:50342/oauth2/token';
