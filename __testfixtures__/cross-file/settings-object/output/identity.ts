// The managed identity endpoint on this VM, as the platform team documented it.
export const IDENTITY_ENDPOINT = { host: '169.254.169.254', port: 50342 };
export const RETRIES = 2;
