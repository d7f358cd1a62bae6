export { VM_ID_URL as identityUrl } from './consts.js';
export const retries = 3;
