// Azure Cloud Shell exposes its token endpoint as MSI_ENDPOINT (http://localhost:50342/oauth2/token).
export async function cloudShellToken(resource: string): Promise<string> {
  const endpoint = process.env.MSI_ENDPOINT!;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { Metadata: 'true', 'Content-Type': 'application/x-www-form-urlencoded' },
    body: `resource=${encodeURIComponent(resource)}`,
  });
  return (await response.json()).access_token;
}
