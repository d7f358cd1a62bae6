// Where the services of this VM listen. Nothing here but a host name: the text scan finds no marker of the
// extension in this file; the request that joins it to the extension's port and path is in token.ts.
export const MSI_HOST = 'localhost';
export const METRICS_PORT = 9100;
