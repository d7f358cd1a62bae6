import ky from 'ky';
import { request } from 'undici';

// Entra ID with a client secret: another OAuth server, not the VM extension.
export const appToken = (tenant: string, clientId: string, clientSecret: string) =>
  ky
    .post(`https://login.microsoftonline.com/${tenant}/oauth2/token`, {
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    })
    .json();

// Azure Arc's local identity endpoint.
export const arcToken = (resource: string) =>
  request('http://localhost:40342/metadata/identity/oauth2/token', {
    query: { resource, 'api-version': '2020-06-01' },
    headers: { Metadata: 'true' },
  });

// A local development OAuth server.
export const devToken = () => request('http://localhost:8080/oauth2/token', { method: 'POST', body: 'grant_type=password&client_secret=dev' });

// Already on IMDS.
export const imdsToken = (resource: string) =>
  ky('http://169.254.169.254/metadata/identity/oauth2/token', {
    searchParams: { 'api-version': '2018-02-01', resource },
    headers: { Metadata: 'true' },
  });
