import { get } from './wrapper';
const MSI_PORT = 50342;
export const a = () => get('http://localhost:' + MSI_PORT + '/oauth2/token?resource=x');
export const b = () => get(`http://127.0.0.1:${process.env.MSI_PORT}/oauth2/token`);
export const c = () => get('http://localhost:' + 8080 + '/oauth2/token');
