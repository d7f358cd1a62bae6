// Developers run the CLI tools from Azure Cloud Shell too, which serves its own token endpoint and
// announces it in MSI_ENDPOINT. Falls back to the VM extension's address when the variable is absent.
export async function getCliToken(resource: string): Promise<string> {
  const endpoint = process.env.MSI_ENDPOINT || 'http://localhost:50342/oauth2/token';
  const response = await fetch(`${endpoint}?resource=${encodeURIComponent(resource)}`, {
    headers: { Metadata: 'true' },
    signal: AbortSignal.timeout(5_000),
  });
  return (await response.json()).access_token;
}
