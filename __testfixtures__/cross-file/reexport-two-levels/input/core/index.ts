export { MSI_URL } from './urls';
