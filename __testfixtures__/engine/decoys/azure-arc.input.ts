export async function arcToken(resource: string): Promise<Response> {
  return fetch(`http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01&resource=${resource}`, {
    headers: { Metadata: 'true' },
  });
}
