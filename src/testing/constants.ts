/** The IMDS host: link-local, port 80, plain HTTP, never behind a proxy. */
export const IMDS_HOST = '169.254.169.254';
export const IMDS_ORIGIN = `http://${IMDS_HOST}`;
/** The managed identity token endpoint of IMDS. */
export const IMDS_TOKEN_PATH = '/metadata/identity/oauth2/token';
export const IMDS_TOKEN_URL = `${IMDS_ORIGIN}${IMDS_TOKEN_PATH}`;

/** The retired VM extension's default port (its `settings.port` could change it) and token path. */
export const EXTENSION_DEFAULT_PORT = 50342;
export const EXTENSION_TOKEN_PATH = '/oauth2/token';
/** Every loopback spelling legacy code used for the extension. */
export const EXTENSION_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** The access tokens the fakes hand out unless told otherwise, so a test can tell which endpoint answered. */
export const FAKE_IMDS_ACCESS_TOKEN = 'fake-imds-access-token';
export const FAKE_EXTENSION_ACCESS_TOKEN = 'fake-vm-extension-access-token';

/** The client id the fake system-assigned identity has unless one is configured. */
export const FAKE_SYSTEM_ASSIGNED_CLIENT_ID = '5e7a1c0d-0000-4000-8000-00000000a001';
/** The tenant the fake AAD error messages name. */
export const FAKE_TENANT_ID = '72f988bf-0000-4000-8000-0000000f7e57';
