// ky(url, { searchParams }) that never sent a Metadata header.
import ky from 'ky';
import type { CaseCall } from '../behaviourCase';

export const sends: CaseCall = { resource: 'https://storage.azure.com/', metadataHeader: false };

export async function getToken(resource: string): Promise<string> {
  const { access_token } = await ky('http://localhost:50342/oauth2/token', { searchParams: { resource } }).json<{
    access_token: string;
  }>();
  return access_token;
}
