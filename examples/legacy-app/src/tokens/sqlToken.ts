import got from 'got';

/** Token for Azure SQL, for a user-assigned identity chosen by client id. */
export async function getSqlToken(clientId: string): Promise<string> {
  const body = await got('http://localhost:50342/oauth2/token', {
    searchParams: { resource: 'https://database.windows.net/', client_id: clientId },
    headers: { Metadata: 'true' },
    timeout: { request: 5000 },
  }).json<{ access_token: string }>();
  return body.access_token;
}
