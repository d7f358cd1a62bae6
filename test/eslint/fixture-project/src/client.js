// Token for Azure Resource Manager from the managed identity.
export async function armToken() {
  const response = await fetch('http://localhost:50342/oauth2/token?resource=https://management.azure.com/', { headers: { Metadata: 'true' } });
  return response.json();
}
