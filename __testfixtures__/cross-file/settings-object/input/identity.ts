// The managed identity endpoint on this VM, as the platform team documented it.
export const IDENTITY_ENDPOINT = { host: 'localhost', port: 50342 };
export const RETRIES = 2;
