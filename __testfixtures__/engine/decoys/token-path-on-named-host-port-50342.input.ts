// A metrics sidecar that happens to listen on 50342 and serves its own /oauth2/token; its host is a named
// server, so this is not the VM extension.
const SIDECAR_HOST = 'metrics-gateway.internal.example.com';

export async function sidecarToken(clientId: string, secret: string): Promise<string> {
  const response = await fetch(`http://${SIDECAR_HOST}:50342/oauth2/token`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: clientId, client_secret: secret }),
    signal: AbortSignal.timeout(2000),
  });
  return (await response.json()).access_token;
}
