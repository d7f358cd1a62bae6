// Tokens came from http://localhost:50342/oauth2/token (the VM extension); only the call below does.
/* A local OAuth server answers on http://localhost:8080/oauth2/token in development. */
const TRAILING_SLASHES = /\/\/+$/;
const note = `see // http://example.com/docs ${TRAILING_SLASHES.source}`;

export async function getToken(resource: string): Promise<string> {
  // The extension was configured with settings.port = 50343: the Metadata header marks it.
  const response = await fetch(`http://localhost:50343/oauth2/token?resource=${resource}`, { headers: { Metadata: 'true' } });
  return (await response.json()).access_token + note.slice(0, 0);
}
