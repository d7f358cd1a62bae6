// Token for Azure Resource Manager, posted as a form the way the old SDKs did.
export interface TokenResponse {
  access_token: string;
  expires_on: string;
  resource: string;
  token_type: string;
}

export async function getArmToken(clientId?: string): Promise<TokenResponse> {
  const form = new URLSearchParams({ resource: 'https://management.azure.com/' });
  if (clientId) form.set('client_id', clientId);
  const response = await fetch('http://localhost:50342/oauth2/token', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Metadata: 'true',
    },
    body: form,
    signal: AbortSignal.timeout(5_000),
  });
  if (!response.ok) throw new Error(`token request failed: ${response.status}`);
  return (await response.json()) as TokenResponse;
}
