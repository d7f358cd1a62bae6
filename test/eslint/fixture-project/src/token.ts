interface TokenResponse {
  access_token: string;
  expires_on: string;
}

export async function vaultToken(): Promise<TokenResponse> {
  const response = await fetch("http://localhost:50342/oauth2/token?resource=https://vault.azure.net", { headers: { Metadata: "true" } });
  return (await response.json()) as TokenResponse;
}
