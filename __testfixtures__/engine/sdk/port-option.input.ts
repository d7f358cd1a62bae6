import { loginWithVmMSI } from '@azure/ms-rest-nodeauth';

export async function login() {
  return loginWithVmMSI({ port: 50342, resource: 'https://management.azure.com/' });
}
