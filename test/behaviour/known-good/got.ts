// Hand-migrated reference: got with searchParams.
import got from 'got';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://management.azure.com/' };

export async function getToken(resource: string): Promise<string> {
  const token = await got('http://169.254.169.254/metadata/identity/oauth2/token', {
    searchParams: { 'api-version': '2018-02-01', resource },
    headers: { Metadata: 'true' },
  }).json<{ access_token: string }>();
  return token.access_token;
}
